/**
 * My publications: a person's rows of the one table, each shown exactly as HR receives it (every
 * column of the contract, in its order). The person is named by their code for now.
 * Each row can be confirmed or rejected with a reason (RowDecision).
 * TODO [api] take the person from the signed-in user; add missing publications.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { Person, TableRow } from '../api/client';
import { useI18n } from '../i18n';
import { RowDecision } from './RowDecision';

export function MyPublicationsScreen() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [person, setPerson] = useState<Person>();
  const [rows, setRows] = useState<TableRow[]>();
  const [message, setMessage] = useState<string>();
  const [loading, setLoading] = useState(false);

  async function show(e: FormEvent) {
    e.preventDefault();
    const wanted = code.trim();
    if (!wanted) return;
    setLoading(true);
    setMessage(undefined);
    setPerson(undefined);
    setRows(undefined);
    try {
      const [found, table] = await Promise.all([api.person(wanted), api.wholeTable()]);
      setPerson(found);
      setRows(table.rows.filter((r) => r.person_id === found.code));
    } catch (err) {
      setMessage(
        err instanceof ApiError && err.status === 404
          ? t('dict.people.notFound', { code: wanted })
          : t('common.error', { message: (err as Error).message }),
      );
    } finally {
      setLoading(false);
    }
  }

  const name = person ? person.nameZh ?? person.nameEn ?? person.code : '';
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t('mine.title')}</h2>
      <p>{t('mine.intro')}</p>
      <form onSubmit={show} className="inline-form">
        <label>
          {t('mine.code')}{' '}
          <input value={code} onChange={(e) => setCode(e.target.value)} name="person" />
        </label>{' '}
        <button type="submit" disabled={loading}>
          {loading ? t('common.loading') : t('mine.show')}
        </button>
      </form>
      {message && <p role="alert">{message}</p>}
      {person && rows && (
        <>
          <p aria-live="polite">
            {rows.length === 0
              ? t('mine.none', { name })
              : t('mine.count', { name, count: rows.length })}
          </p>
          <ol className="my-rows" data-testid="my-rows">
            {rows.map((r) => (
              <li key={r.row_id}>
                <h3>{r.title}</h3>
                {r.title_alt && <p className="alt">{r.title_alt}</p>}
                <p>
                  {[r.source_title, r.year, r.doi].filter(Boolean).join(' · ')} ·{' '}
                  {t('publish.col.rank')} {r.author_rank}
                  {r.is_first_author && <> · {t('publish.role.first')}</>}
                  {r.is_corresponding && <> · {t('publish.role.corresponding')}</>}
                </p>
                <RowDecision row={r} />
                <details>
                  <summary>{t('mine.hrRow')}</summary>
                  <table className="hr-row">
                    <thead>
                      <tr>
                        <th scope="col">{t('mine.column')}</th>
                        <th scope="col">{t('mine.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(r).map(([column, value]) => (
                        <tr key={column}>
                          <th scope="row">
                            <code>{column}</code>
                          </th>
                          <td>{value === null ? '' : String(value)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
