/**
 * The one table as HR pulls it (GET /api/v1/table), page by page following nextCursor; deleted
 * rows are left out. The whole table downloads as CSV or XLSX (the server writes the file), the
 * pipeline can be re-run, and the table frozen into snapshots that are listed and compared.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import type { PipelineRun, TableRow } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { hashParam } from '../shell/useHashRoute';
import { FILE_FORMATS, tableDownload } from './downloads';
import { SnapshotsPanel } from './SnapshotsPanel';
import { workHref } from '../works/workView';
import { hasRole, useSession } from '../auth/session';
import { filterEntries, useHashFilters } from '../dashboard/drill';

const PAGE = 200;

export function PublishScreen() {
  // Unit secretaries read their unit's rows here; running the pipeline is staff's (the API says 403).
  const mayRun = hasRole(useSession().user, ['admin', 'staff']);
  const { t, locale } = useI18n();
  const units = useAsync(api.units, []);
  const unitName = useMemo(() => {
    const names = new Map(
      (units.value ?? []).map((u) => [u.code, (locale === 'en' ? u.nameEn : u.nameZh) ?? u.code]),
    );
    return (code: string | null) => (code ? names.get(code) ?? code : '');
  }, [units.value, locale]);
  const [rows, setRows] = useState<TableRow[]>([]);
  const [version, setVersion] = useState<number>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [filter, setFilter] = useState(() => hashParam('q') ?? '');
  // The dashboard links here with the filters of a bar or a point (#/publish?within=S1&year=2021):
  // the server selects those rows, as HR's pull with the same parameters would.
  const drill = useHashFilters();
  const [lastRun, setLastRun] = useState<PipelineRun>();
  const [running, setRunning] = useState(false);

  const load = useCallback(async (from: string | null, keep: TableRow[]) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.table(0, from, PAGE, drill);
      setRows([...keep, ...page.rows.filter((r) => !r.deleted)]);
      setVersion(page.version);
      setCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, [drill]);

  useEffect(() => {
    void load(null, []);
    api.lastPipelineRun().then(setLastRun, () => undefined); // 404 before the first run, 403 for secretaries
  }, [load]);

  async function rerun() {
    setRunning(true);
    setError(undefined);
    try {
      setLastRun(await api.runPipeline());
      await load(null, []);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRunning(false);
    }
  }

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return rows;
    return rows.filter((r) =>
      [r.person_name, r.person_id, r.title, r.title_alt, r.unit_id, unitName(r.unit_id),
        r.source_title, r.year, r.indexed_in, r.jcr_quartile]
        .filter(Boolean)
        .some((v) => String(v).toLowerCase().includes(needle)),
    );
  }, [rows, filter, unitName]);

  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{t('publish.title')}</h2>
      <div className="toolbar">
        {version !== undefined && <span>{t('publish.version', { version })}</span>}
        <span aria-live="polite">{t('publish.rows', { count: rows.length })}</span>
        <label>
          {t('publish.filter')}{' '}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        {FILE_FORMATS.map((f) => (
          <a key={f} href={tableDownload(f)} download className="button-link">
            {t('publish.download', { format: f.toUpperCase() })}
          </a>
        ))}
        {mayRun && (
          <button type="button" onClick={rerun} disabled={running}>
            {running ? t('publish.running') : t('publish.runPipeline')}
          </button>
        )}
      </div>
      {filterEntries(drill).length > 0 && (
        <p data-testid="table-drill">
          {t('publish.drill.filtered', {
            filters: filterEntries(drill)
              .map(([name, v]) => `${name} = ${name === 'within' || name === 'unit' ? unitName(v) : v}`)
              .join(', '),
          })}{' '}
          <a href="#/publish">
            {t('publish.drill.clear')}
          </a>
        </p>
      )}
      {lastRun && (
        <p>
          {t('publish.lastRun', {
            records: lastRun.records,
            works: lastRun.works,
            review: lastRun.reviewItems,
            millis: lastRun.millis,
          })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {t('common.error', { message: error })}
        </p>
      )}
      {loading && rows.length === 0 && <p>{t('common.loading')}</p>}
      {!loading && !error && rows.length === 0 && <p data-testid="table-empty">{t('publish.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="publish-title">
          <table data-testid="table-rows">
            <thead>
              <tr>
                <th scope="col">{t('publish.col.person')}</th>
                <th scope="col">{t('publish.col.unit')}</th>
                <th scope="col">{t('publish.col.title')}</th>
                <th scope="col">{t('publish.col.source')}</th>
                <th scope="col">{t('publish.col.year')}</th>
                <th scope="col">{t('publish.col.rank')}</th>
                <th scope="col">{t('publish.col.role')}</th>
                <th scope="col">{t('publish.col.indexed')}</th>
                <th scope="col">{t('publish.col.quartile')}</th>
                <th scope="col">{t('publish.col.status')}</th>
                <th scope="col">{t('publish.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.row_id}>
                  <th scope="row">
                    {r.person_name} <small>{r.person_id}</small>
                  </th>
                  <td title={r.unit_id ?? undefined}>{unitName(r.unit_id)}</td>
                  <td>
                    <a href={workHref(r.work_id)}>{r.title ?? r.work_id}</a>
                    {r.title_alt && <div className="alt">{r.title_alt}</div>}
                  </td>
                  <td>{r.source_title}</td>
                  <td>{r.year}</td>
                  <td>{r.author_rank}</td>
                  <td>
                    {[
                      r.is_first_author ? t('publish.role.first') : null,
                      r.is_corresponding ? t('publish.role.corresponding') : null,
                    ]
                      .filter(Boolean)
                      .join('、')}
                  </td>
                  <td>{r.indexed_in}</td>
                  <td>{r.jcr_quartile}</td>
                  <td>{t(`publish.status.${r.status}` as MessageKey)}</td>
                  <td>{Number(r.confidence).toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" onClick={() => load(cursor, rows)} disabled={loading}>
          {loading ? t('common.loading') : t('publish.more')}
        </button>
      )}
      {/* snapshots are for staff and admins, like running the pipeline (a unit secretary reads rows) */}
      {mayRun && <SnapshotsPanel />}
    </section>
  );
}
