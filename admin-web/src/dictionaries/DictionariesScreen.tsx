/**
 * Dictionaries: the institution's units (GET /api/v1/units) with their name variants, a person
 * looked up by staff or student number (GET /api/v1/people/{code}), and changes to unit names
 * and HR's people export, each previewed before it is saved (DictionaryChanges).
 * TODO [api] list and edit people once the REST layer has GET /api/v1/people.
 */
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { Person, Unit } from '../api/client';
import { useI18n } from '../i18n';
import { useAsync } from '../shell/useAsync';
import type { Async } from '../shell/useAsync';
import { DictionaryChanges } from './DictionaryChanges';

export function DictionariesScreen() {
  const { t } = useI18n();
  const units = useAsync(api.units, []);
  return (
    <section aria-labelledby="dict-title">
      <h2 id="dict-title">{t('dict.title')}</h2>
      <PersonLookup />
      {units.value && <DictionaryChanges units={units.value} onSaved={units.reload} />}
      <UnitList units={units} />
    </section>
  );
}

function UnitList({ units }: { units: Async<Unit[]> }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const byCode = useMemo(
    () => new Map((units.value ?? []).map((u) => [u.code, u] as const)),
    [units.value],
  );
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (units.value ?? []).filter(
      (u) => !needle || searchable(u).toLowerCase().includes(needle),
    );
  }, [units.value, filter]);

  return (
    <section aria-labelledby="units-title">
      <h3 id="units-title">{t('dict.units')}</h3>
      {units.loading && <p>{t('common.loading')}</p>}
      {units.error && (
        <p role="alert" className="error">
          {t('common.error', { message: units.error.message })}{' '}
          <button type="button" onClick={units.reload}>{t('common.retry')}</button>
        </p>
      )}
      {units.value && (
        <>
          <p>
            <label>
              {t('dict.units.filter')}{' '}
              <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>{' '}
            <span aria-live="polite">{t('dict.units.count', { count: shown.length })}</span>
          </p>
          <table data-testid="units">
            <thead>
              <tr>
                <th scope="col">{t('dict.col.code')}</th>
                <th scope="col">{t('dict.col.nameZh')}</th>
                <th scope="col">{t('dict.col.nameEn')}</th>
                <th scope="col">{t('dict.col.parent')}</th>
                <th scope="col">{t('dict.col.otherNames')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.code} style={{ ['--depth' as string]: depth(u, byCode) }}>
                  <th scope="row" className="unit-code">{u.code}</th>
                  <td>{u.nameZh}</td>
                  <td>{u.nameEn}</td>
                  <td>{u.parentCode && (byCode.get(u.parentCode)?.nameZh ?? u.parentCode)}</td>
                  <td>{(u.otherNames ?? []).map((n) => n.name).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function searchable(u: Unit): string {
  return [u.code, u.nameZh, u.nameEn, ...(u.otherNames ?? []).map((n) => n.name)].join(' ');
}

/** How deep a unit sits below the institution (indents the list as a tree). */
function depth(unit: Unit, byCode: Map<string, Unit>): number {
  let d = 0;
  let current: Unit | undefined = unit;
  while (current?.parentCode && d < 20) {
    current = byCode.get(current.parentCode);
    d++;
  }
  return d;
}

function PersonLookup() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [person, setPerson] = useState<Person>();
  const [message, setMessage] = useState<string>();

  async function find(e: FormEvent) {
    e.preventDefault();
    const wanted = code.trim();
    if (!wanted) return;
    setPerson(undefined);
    setMessage(undefined);
    try {
      setPerson(await api.person(wanted));
    } catch (err) {
      setMessage(
        err instanceof ApiError && err.status === 404
          ? t('dict.people.notFound', { code: wanted })
          : t('common.error', { message: (err as Error).message }),
      );
    }
  }

  return (
    <section aria-labelledby="people-title">
      <h3 id="people-title">{t('dict.people')}</h3>
      <form onSubmit={find} className="inline-form">
        <label>
          {t('dict.people.lookup')}{' '}
          <input value={code} onChange={(e) => setCode(e.target.value)} name="code" />
        </label>{' '}
        <button type="submit">{t('dict.people.find')}</button>
      </form>
      {message && <p role="alert">{message}</p>}
      {person && (
        <dl className="person" data-testid="person">
          <dt>{t('dict.col.code')}</dt>
          <dd>{person.code}</dd>
          <dt>{t('dict.col.nameZh')}</dt>
          <dd>{person.nameZh ?? t('common.none')}</dd>
          <dt>{t('dict.col.nameEn')}</dt>
          <dd>{person.nameEn ?? t('common.none')}</dd>
          <dt>{t('dict.person.kind')}</dt>
          <dd>{t(person.kind === 'student' ? 'dict.person.kind.student' : 'dict.person.kind.staff')}</dd>
          <dt>{t('dict.person.unit')}</dt>
          <dd>{person.unitCode ?? t('common.none')}</dd>
          {person.supervisorCode && (
            <>
              <dt>{t('dict.person.supervisor')}</dt>
              <dd>{person.supervisorCode}</dd>
            </>
          )}
          <dt>{t('dict.person.email')}</dt>
          <dd>{person.email ?? t('common.none')}</dd>
          <dt>{t('dict.person.orcid')}</dt>
          <dd>{person.orcid ?? t('common.none')}</dd>
          <dt>{t('dict.person.years')}</dt>
          <dd>
            {person.startYear ?? '?'}–{person.endYear ?? ''}
          </dd>
        </dl>
      )}
    </section>
  );
}
