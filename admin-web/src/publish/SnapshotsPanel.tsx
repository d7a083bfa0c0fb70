/**
 * Snapshots of the one table for an assessment period: freeze the table under a name (optionally
 * a range of publication years), list what was frozen with CSV and XLSX downloads, and compare two
 * snapshots row by row, the changed columns of each changed row marked.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { snapshotsApi } from '../api/client';
import type { Snapshot, TableRow } from '../api/client';
import { useI18n } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { FILE_FORMATS, snapshotDownload } from './downloads';
import { diffView } from './snapshotDiff';
import type { DiffView } from './snapshotDiff';

export function SnapshotsPanel({ onFrozen }: { onFrozen?: (s: Snapshot) => void }) {
  const { t } = useI18n();
  const snapshots = useAsync(snapshotsApi.list, []);
  const list = snapshots.value ?? [];

  return (
    <section aria-labelledby="snap-title" className="snapshots">
      <h2 id="snap-title">{t('publish.snap.title')}</h2>
      <p>{t('publish.snap.intro')}</p>
      <FreezeForm
        onFrozen={(s) => {
          snapshots.reload();
          onFrozen?.(s);
        }}
      />
      {snapshots.error && (
        <p role="alert" className="error">
          {t('common.error', { message: snapshots.error.message })}
        </p>
      )}
      {snapshots.loading && list.length === 0 && <p>{t('common.loading')}</p>}
      {!snapshots.loading && !snapshots.error && list.length === 0 && (
        <p data-testid="snapshots-empty">{t('publish.snap.none')}</p>
      )}
      {list.length > 0 && <SnapshotList snapshots={list} />}
      {list.length >= 2 && (
        // keyed by the newest snapshot: a new freeze makes the two latest the default pair again
        <DiffPicker key={list[list.length - 1].id} snapshots={list} />
      )}
    </section>
  );
}

function FreezeForm({ onFrozen }: { onFrozen: (s: Snapshot) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [yearFrom, setYearFrom] = useState('');
  const [yearTo, setYearTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [frozen, setFrozen] = useState<Snapshot>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const year = (v: string) => (v.trim() ? Number(v) : null);
      const s = await snapshotsApi.freeze(name.trim(), year(yearFrom), year(yearTo));
      setFrozen(s);
      setName('');
      onFrozen(s);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form toolbar" onSubmit={submit} aria-labelledby="snap-freeze-title">
      <h3 id="snap-freeze-title" className="visually-hidden">
        {t('publish.snap.freeze')}
      </h3>
      <label>
        {t('publish.snap.name')}{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={128}
          placeholder={t('publish.snap.namePlaceholder')}
          data-testid="snap-name"
        />
      </label>
      <label>
        {t('publish.snap.yearFrom')}{' '}
        <input type="number" min={1900} max={2200} value={yearFrom}
          onChange={(e) => setYearFrom(e.target.value)} className="year" />
      </label>
      <label>
        {t('publish.snap.yearTo')}{' '}
        <input type="number" min={1900} max={2200} value={yearTo}
          onChange={(e) => setYearTo(e.target.value)} className="year" />
      </label>
      <button type="submit" disabled={busy || !name.trim()}>
        {busy ? t('publish.snap.freezing') : t('publish.snap.freeze')}
      </button>
      <span aria-live="polite">
        {frozen && t('publish.snap.frozen', { name: frozen.name, rows: frozen.rowCount })}
      </span>
      {error && (
        <span role="alert" className="error">
          {t('common.error', { message: error })}
        </span>
      )}
    </form>
  );
}

function years(s: Snapshot, t: ReturnType<typeof useI18n>['t']): string {
  // absent or null alike: the server leaves an unset bound out
  if (s.yearFrom == null && s.yearTo == null) return t('publish.snap.allYears');
  return `${s.yearFrom ?? '…'}–${s.yearTo ?? '…'}`;
}

function SnapshotList({ snapshots }: { snapshots: Snapshot[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table data-testid="snapshots">
        <caption className="visually-hidden">{t('publish.snap.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publish.snap.name')}</th>
            <th scope="col">{t('publish.snap.years')}</th>
            <th scope="col">{t('publish.snap.tableVersion')}</th>
            <th scope="col">{t('publish.snap.rowCount')}</th>
            <th scope="col">{t('publish.snap.createdBy')}</th>
            <th scope="col">{t('publish.snap.createdAt')}</th>
            <th scope="col">{t('publish.snap.download')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              <td>{years(s, t)}</td>
              <td>{s.tableVersion}</td>
              <td>{s.rowCount}</td>
              <td>{s.createdBy}</td>
              <td>{new Date(s.createdAt).toLocaleString(locale)}</td>
              <td className="downloads">
                {FILE_FORMATS.map((f) => (
                  <a key={f} href={snapshotDownload(s.id, f)} download
                    aria-label={t('publish.snap.downloadAs', { name: s.name, format: f.toUpperCase() })}>
                    {f.toUpperCase()}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DiffPicker({ snapshots }: { snapshots: Snapshot[] }) {
  const { t } = useI18n();
  // The two latest by default: "what changed since the last freeze" is the usual question.
  const [from, setFrom] = useState(snapshots[snapshots.length - 2].id);
  const [to, setTo] = useState(snapshots[snapshots.length - 1].id);
  const [view, setView] = useState<DiffView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => setView(undefined), [from, to]);

  async function compare(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const [ids, fromRows, toRows] = await Promise.all([
        snapshotsApi.diff(from, to),
        snapshotsApi.rows(from),
        snapshotsApi.rows(to),
      ]);
      setView(diffView(ids, fromRows, toRows));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const option = (s: Snapshot) => (
    <option key={s.id} value={s.id}>
      {s.name} ({t('publish.snap.tableVersion')} {s.tableVersion})
    </option>
  );

  return (
    <section aria-labelledby="diff-title">
      <h3 id="diff-title">{t('publish.snap.diffTitle')}</h3>
      <form className="toolbar" onSubmit={compare}>
        <label>
          {t('publish.snap.from')}{' '}
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="diff-from">
            {snapshots.map(option)}
          </select>
        </label>
        <label>
          {t('publish.snap.to')}{' '}
          <select value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="diff-to">
            {snapshots.map(option)}
          </select>
        </label>
        <button type="submit" disabled={busy || from === to}>
          {busy ? t('common.loading') : t('publish.snap.compare')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {t('common.error', { message: error })}
        </p>
      )}
      {view && <DiffResult view={view} />}
    </section>
  );
}

function RowLabel({ row }: { row: TableRow }) {
  return (
    <>
      <strong>{row.person_name}</strong> <small>{row.person_id}</small> · {row.title} · {row.year}
    </>
  );
}

function show(value: unknown, none: string): string {
  return value === null || value === undefined || value === '' ? none : String(value);
}

function DiffResult({ view }: { view: DiffView }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <div data-testid="diff-result" className="diff">
      <p aria-live="polite" data-testid="diff-summary">
        {t('publish.snap.summary', {
          added: view.added.length,
          removed: view.removed.length,
          changed: view.changed.length,
          unchanged: view.unchanged,
        })}
      </p>
      {view.added.length > 0 && (
        <>
          <h4>{t('publish.snap.added')}</h4>
          <ul className="diff-rows added" data-testid="diff-added">
            {view.added.map((r) => (
              <li key={r.row_id}><RowLabel row={r} /></li>
            ))}
          </ul>
        </>
      )}
      {view.removed.length > 0 && (
        <>
          <h4>{t('publish.snap.removed')}</h4>
          <ul className="diff-rows removed" data-testid="diff-removed">
            {view.removed.map((r) => (
              <li key={r.row_id}><RowLabel row={r} /></li>
            ))}
          </ul>
        </>
      )}
      {view.changed.length > 0 && (
        <>
          <h4>{t('publish.snap.changed')}</h4>
          <ul className="diff-rows changed" data-testid="diff-changed">
            {view.changed.map((c) => (
              <li key={c.after.row_id}>
                <RowLabel row={c.after} />
                <table className="changes">
                  <thead>
                    <tr>
                      <th scope="col">{t('publish.snap.column')}</th>
                      <th scope="col">{t('publish.snap.before')}</th>
                      <th scope="col">{t('publish.snap.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.changes.map((change) => (
                      <tr key={change.column} data-column={change.column}>
                        <th scope="row"><code>{change.column}</code></th>
                        <td><del>{show(change.before, none)}</del></td>
                        <td><mark>{show(change.after, none)}</mark></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
