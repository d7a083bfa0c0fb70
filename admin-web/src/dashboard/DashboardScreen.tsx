/**
 * Dashboard (数据看板): papers by year, unit, indexing, JCR quartile and the university author's
 * role, counted from the one table. Every bar leads to the table filtered by it.
 * TODO [api] a server-side aggregate endpoint once tables grow past what a browser should load.
 */
import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { BarChart } from './BarChart';
import { byIndex, byQuartile, byRole, byUnit, byYear, countWorks } from './aggregate';

export function DashboardScreen() {
  const { t, locale } = useI18n();
  const table = useAsync(api.wholeTable, []);
  const units = useAsync(api.units, []);
  const rows = useMemo(() => table.value?.rows ?? [], [table.value]);

  const unitName = useCallback(
    (code: string) => {
      const u = units.value?.find((x) => x.code === code);
      return (locale === 'en' ? u?.nameEn : u?.nameZh) ?? code;
    },
    [units.value, locale],
  );
  const roleName = useCallback((key: string) => t(`dash.role.${key}` as MessageKey), [t]);
  const same = useCallback((key: string) => key, []);
  const drill = useCallback((key: string) => {
    window.location.hash = `#/publish?q=${encodeURIComponent(key)}`;
  }, []);
  const drillRole = useCallback(() => {
    window.location.hash = '#/publish';
  }, []);

  const years = useMemo(
    () => countWorks(rows, byYear).sort((a, b) => a.key.localeCompare(b.key)),
    [rows],
  );
  const perUnit = useMemo(() => countWorks(rows, byUnit).sort((a, b) => b.count - a.count), [rows]);
  const indexes = useMemo(() => countWorks(rows, byIndex).sort((a, b) => b.count - a.count), [rows]);
  const quartiles = useMemo(
    () => countWorks(rows, byQuartile).sort((a, b) => a.key.localeCompare(b.key)),
    [rows],
  );
  const roles = useMemo(() => countWorks(rows, byRole), [rows]);
  const works = useMemo(() => new Set(rows.map((r) => r.work_id)).size, [rows]);
  const people = useMemo(() => new Set(rows.map((r) => r.person_id)).size, [rows]);

  return (
    <section aria-labelledby="dash-title">
      <h2 id="dash-title">{t('dash.title')}</h2>
      {table.loading && <p>{t('common.loading')}</p>}
      {table.error && (
        <p role="alert" className="error">
          {t('common.error', { message: table.error.message })}
        </p>
      )}
      {table.value && (
        <>
          <dl className="tiles" data-testid="dash-tiles">
            <div>
              <dt>{t('dash.works')}</dt>
              <dd>{works}</dd>
            </div>
            <div>
              <dt>{t('dash.people')}</dt>
              <dd>{people}</dd>
            </div>
            <div>
              <dt>{t('dash.rows')}</dt>
              <dd>{rows.length}</dd>
            </div>
          </dl>
          <div className="charts">
            <BarChart id="year" title={t('dash.byYear')} buckets={years} label={same} onSelect={drill} empty={t('common.none')} />
            <BarChart id="unit" title={t('dash.byUnit')} buckets={perUnit} label={unitName} onSelect={drill} empty={t('common.none')} />
            <BarChart id="index" title={t('dash.byIndex')} buckets={indexes} label={same} onSelect={drill} empty={t('common.none')} />
            <BarChart id="quartile" title={t('dash.byQuartile')} buckets={quartiles} label={same} onSelect={drill} empty={t('common.none')} />
            <BarChart id="role" title={t('dash.byRole')} buckets={roles} label={roleName} onSelect={drillRole} empty={t('common.none')} />
          </div>
        </>
      )}
    </section>
  );
}
