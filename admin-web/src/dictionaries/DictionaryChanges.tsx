/**
 * Changes to the dictionaries with a preview: before a unit's other name is added or removed, or
 * HR's people export is imported, the server attributes the current works under the changed
 * dictionaries (nothing saved) and the screen shows how many attributions would be added,
 * removed, moved to another person or unit, or sent to review, with examples; only then is the
 * change confirmed and saved (POST /dictionary/unit-names, POST /directory/imports).
 */
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { dictionaryApi } from '../api/client';
import type { DictionaryAttribution, DictionaryPreview, Unit } from '../api/client';
import { useI18n } from '../i18n';

/** The message key of each kind of change and state, as the contract names them. */
const KIND = {
  added: 'dictpreview.kind.added',
  removed: 'dictpreview.kind.removed',
  moved: 'dictpreview.kind.moved',
  to_review: 'dictpreview.kind.to_review',
  left_review: 'dictpreview.kind.left_review',
} as const;
const STATE = {
  table: 'dictpreview.state.table',
  review: 'dictpreview.state.review',
  none: 'dictpreview.state.none',
} as const;

type Pending =
  | { kind: 'unit-name'; unitCode: string; name: string; action: 'add' | 'remove' }
  | { kind: 'people'; file: File };

/** The two kinds of change, each previewed before it is saved. */
export function DictionaryChanges({ units, onSaved }: { units: Unit[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Pending>();
  const [preview, setPreview] = useState<DictionaryPreview>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function ask(change: Pending) {
    setBusy(true);
    setPreview(undefined);
    setPending(undefined);
    setMessage(undefined);
    try {
      const answer =
        change.kind === 'people'
          ? await dictionaryApi.previewPeople(change.file)
          : await dictionaryApi.previewUnitName(unitNameChange(change));
      setPending(change);
      setPreview(answer);
    } catch (e) {
      setMessage({ text: t('common.error', { message: (e as Error).message }), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'people') {
        await dictionaryApi.importPeople(pending.file);
      } else {
        await dictionaryApi.changeUnitName(unitNameChange(pending));
      }
      setMessage({ text: t('dictpreview.saved'), error: false });
      setPending(undefined);
      setPreview(undefined);
      onSaved();
    } catch (e) {
      setMessage({ text: t('common.error', { message: (e as Error).message }), error: true });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setPending(undefined);
    setPreview(undefined);
    setMessage({ text: t('dictpreview.cancelled'), error: false });
  }

  return (
    <section aria-labelledby="dictpreview-title">
      <h3 id="dictpreview-title">{t('dictpreview.title')}</h3>
      <p>{t('dictpreview.intro')}</p>
      <UnitNameForm units={units} busy={busy} onPreview={ask} />
      <PeopleFileForm busy={busy} onPreview={ask} />
      {busy && <p aria-live="polite">{t('dictpreview.working')}</p>}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}
          data-testid="dictpreview-message">
          {message.text}
        </p>
      )}
      {preview && pending && (
        <PreviewPanel preview={preview} busy={busy} onConfirm={confirm} onCancel={cancel} />
      )}
    </section>
  );
}

function unitNameChange(p: Extract<Pending, { kind: 'unit-name' }>) {
  return { unitCode: p.unitCode, name: p.name, action: p.action };
}

function UnitNameForm({ units, busy, onPreview }: {
  units: Unit[];
  busy: boolean;
  onPreview: (p: Pending) => void;
}) {
  const { t } = useI18n();
  const [unitCode, setUnitCode] = useState(units[0]?.code ?? '');
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [name, setName] = useState('');
  const chosen = unitCode || units[0]?.code || '';

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen || !name.trim()) return;
    onPreview({ kind: 'unit-name', unitCode: chosen, name: name.trim(), action });
  }

  return (
    <form onSubmit={submit} className="inline-form" aria-labelledby="dictpreview-names">
      <h4 id="dictpreview-names">{t('dictpreview.names')}</h4>
      <label>
        {t('dictpreview.unit')}{' '}
        <select value={chosen} onChange={(e) => setUnitCode(e.target.value)} name="unitCode">
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.code} {u.nameZh ?? u.nameEn ?? ''}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('dictpreview.action')}{' '}
        <select value={action} onChange={(e) => setAction(e.target.value as 'add' | 'remove')}
          name="action">
          <option value="add">{t('dictpreview.action.add')}</option>
          <option value="remove">{t('dictpreview.action.remove')}</option>
        </select>
      </label>{' '}
      <label>
        {t('dictpreview.name')}{' '}
        <input value={name} onChange={(e) => setName(e.target.value)} name="variant"
          list="dictpreview-variants" maxLength={512} required />
      </label>
      <datalist id="dictpreview-variants">
        {(units.find((u) => u.code === chosen)?.otherNames ?? []).map((n) => (
          <option key={n.name} value={n.name} />
        ))}
      </datalist>{' '}
      <button type="submit" disabled={busy}>{t('dictpreview.previewNames')}</button>
    </form>
  );
}

function PeopleFileForm({ busy, onPreview }: { busy: boolean; onPreview: (p: Pending) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (file) onPreview({ kind: 'people', file });
  }

  return (
    <form onSubmit={submit} className="inline-form" aria-labelledby="dictpreview-people">
      <h4 id="dictpreview-people">{t('dictpreview.people')}</h4>
      <label>
        {t('dictpreview.peopleFile')}{' '}
        <input ref={input} type="file" name="people" accept=".csv,.xlsx,.xls,text/csv"
          onChange={(e) => setFile(e.target.files?.[0])} />
      </label>{' '}
      <button type="submit" disabled={busy || !file}>{t('dictpreview.previewPeople')}</button>
    </form>
  );
}

function PreviewPanel({ preview, busy, onConfirm, onCancel }: {
  preview: DictionaryPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const counts: [keyof typeof KIND, number][] = [
    ['added', preview.added],
    ['removed', preview.removed],
    ['moved', preview.moved],
    ['to_review', preview.toReview],
    ['left_review', preview.leftReview],
  ];
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return (
    <section aria-labelledby={titleId} data-testid="dictpreview" data-total={total}>
      <h4 id={titleId}>{t('dictpreview.result', { change: preview.change })}</h4>
      <p>
        {t('dictpreview.scope', { works: preview.works, positions: preview.positions,
          seconds: (preview.millis / 1000).toFixed(1) })}
      </p>
      <dl className="dictpreview-counts" data-testid="dictpreview-counts">
        {counts.map(([kind, n]) => (
          <div key={kind} data-kind={kind}>
            <dt>{t(KIND[kind])}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? (
        <p>{t('dictpreview.nothing')}</p>
      ) : (
        <table data-testid="dictpreview-examples">
          <caption>{t('dictpreview.examples', { count: preview.examples.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dictpreview.col.kind')}</th>
              <th scope="col">{t('dictpreview.col.title')}</th>
              <th scope="col">{t('dictpreview.col.author')}</th>
              <th scope="col">{t('dictpreview.col.before')}</th>
              <th scope="col">{t('dictpreview.col.after')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.examples.map((e) => (
              <tr key={`${e.workId}#${e.authorRank}`} data-work={e.workId} data-rank={e.authorRank}>
                <td>{t(KIND[e.kind as keyof typeof KIND] ?? KIND.moved)}</td>
                <td>{e.title ?? e.workId}</td>
                <td>{e.author} (#{e.authorRank})</td>
                <td><Attribution a={e.before} /></td>
                <td><Attribution a={e.after} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={onConfirm} disabled={busy}>
          {t('dictpreview.confirm')}
        </button>{' '}
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('dictpreview.cancel')}
        </button>
      </p>
    </section>
  );
}

function Attribution({ a }: { a: DictionaryAttribution }) {
  const { t } = useI18n();
  if (a.state === 'none') return <>{t('dictpreview.state.none')}</>;
  return (
    <>
      {t(STATE[a.state as keyof typeof STATE] ?? STATE.table)}: {a.personName ?? ''} {a.personCode} · {a.unitCode ?? ''}
    </>
  );
}
