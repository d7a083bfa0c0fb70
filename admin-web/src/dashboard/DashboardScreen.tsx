/**
 * Dashboard (数据看板): papers by unit, index, JCR quartile and the university author's role, and
 * per year by unit and by index, counted by the server (GET /table/aggregates) under the filters in
 * the page's hash, so the browser never loads the table to count it. Every bar, point and number
 * leads to the table screen filtered to its rows; a unit's "sub-units" link re-focuses the
 * dashboard on that unit.
 */
import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import type { AggregateCount, TableAggregates, TableFilters } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { BarChart } from './BarChart';
import { TrendChart } from './TrendChart';
import { filterEntries, filteredHref, useHashFilters } from './drill';

/**
 * The unit whose sub-units the unit chart shows: the one asked for, else the deepest unit holding
 * every counted row (the university, or a secretary's own unit), else none (several top units).
 */
export function focusUnit(data: TableAggregates, within?: string): string | undefined {
  if (within) return within;
  const total = data.units.filter((u) => !u.parent).reduce((n, u) => n + u.rows, 0);
  let focus = data.units.find((u) => !u.parent && u.rows === total)?.key;
  for (;;) {
    const child = data.units.find((u) => u.parent === focus && u.rows === total);
    if (!focus || !child) return focus;
    focus = child.key;
  }
}

/** The units the chart shows: the focus's children, or the focus itself when it has none. */
export function chartedUnits(data: TableAggregates, focus?: string): AggregateCount[] {
  const children = data.units.filter((u) => (focus ? u.parent === focus : !u.parent));
  if (children.length > 0) return children;
  return data.units.filter((u) => u.key === focus);
}

export function DashboardScreen() {
  const { t, locale } = useI18n();
  const filters = useHashFilters();
  const data = useAsync(() => api.aggregates(filters), [filters]);
  const units = useAsync(api.units, []);

  const unitName = useCallback(
    (code: string) => {
      const u = units.value?.find((x) => x.code === code);
      return (locale === 'en' ? u?.nameEn : u?.nameZh) ?? code;
    },
    [units.value, locale],
  );
  const roleName = useCallback((key: string) => t(`dash.role.${key}` as MessageKey), [t]);
  const same = useCallback((key: string) => key, []);
  const rows = useCallback((more: TableFilters) => filteredHref('publish', { ...filters, ...more }), [filters]);
  const unitRows = useCallback((key: string) => rows({ within: key }), [rows]);
  const indexRows = useCallback((key: string) => rows({ indexedIn: key }), [rows]);
  const quartileRows = useCallback(
    (key: string) => rows({ jcrQuartile: key as TableFilters['jcrQuartile'] }),
    [rows],
  );
  const roleRows = useCallback((key: string) => rows({ role: key as TableFilters['role'] }), [rows]);
  const unitYearRows = useCallback(
    (key: string, year: number) => rows({ within: key, year }),
    [rows],
  );
  const indexYearRows = useCallback(
    (key: string, year: number) => rows({ indexedIn: key, year }),
    [rows],
  );

  const value = data.value;
  const focus = useMemo(() => (value ? focusUnit(value, filters.within) : undefined), [value, filters.within]);
  const charted = useMemo(() => (value ? chartedUnits(value, focus) : []), [value, focus]);
  const subUnits = useCallback(
    (key: string) =>
      key !== focus && value?.units.some((u) => u.parent === key)
        ? {
            href: filteredHref('dashboard', { ...filters, within: key }),
            text: t('dash.subUnits', { unit: unitName(key) }),
          }
        : null,
    [focus, value, filters, t, unitName],
  );
  const unitKeys = useMemo(() => charted.map((u) => u.key), [charted]);
  const indexKeys = useMemo(() => (value?.indexes ?? []).map((c) => c.key), [value]);
  const active = filterEntries(filters);

  return (
    <section aria-labelledby="dash-title">
      <h2 id="dash-title">{t('dash.title')}</h2>
      {active.length > 0 && (
        <p data-testid="dash-filters">
          {t('dash.filtered', {
            filters: active
              .map(([name, v]) => `${name} = ${name === 'within' || name === 'unit' ? unitName(v) : v}`)
              .join(', '),
          })}{' '}
          <a href="#/dashboard">{t('dash.allRows')}</a>
        </p>
      )}
      {data.loading && !value && <p>{t('common.loading')}</p>}
      {data.error && (
        <p role="alert" className="error">
          {t('common.error', { message: data.error.message })}
        </p>
      )}
      {value && (
        <>
          <dl className="tiles" data-testid="dash-tiles">
            <div>
              <dt>{t('dash.works')}</dt>
              <dd>{value.works}</dd>
            </div>
            <div>
              <dt>{t('dash.people')}</dt>
              <dd>{value.people}</dd>
            </div>
            <div>
              <dt>{t('dash.rows')}</dt>
              <dd>
                <a href={rows({})}>{value.rows}</a>
              </dd>
            </div>
          </dl>
          <div className="charts">
            <BarChart
              id="unit"
              title={focus ? t('dash.byUnitIn', { unit: unitName(focus) }) : t('dash.byUnit')}
              counts={charted}
              label={unitName}
              href={unitRows}
              more={subUnits}
            />
            <BarChart id="index" title={t('dash.byIndex')} counts={value.indexes} label={same} href={indexRows} />
            <BarChart
              id="quartile"
              title={t('dash.byQuartile')}
              counts={value.quartiles}
              label={same}
              href={quartileRows}
            />
            <BarChart id="role" title={t('dash.byRole')} counts={value.roles} label={roleName} href={roleRows} />
            <TrendChart
              id="unit-trend"
              title={t('dash.unitTrend')}
              trends={value.unitTrends}
              keys={unitKeys}
              label={unitName}
              href={unitYearRows}
            />
            <TrendChart
              id="index-trend"
              title={t('dash.indexTrend')}
              trends={value.indexTrends}
              keys={indexKeys}
              label={same}
              href={indexYearRows}
            />
          </div>
        </>
      )}
    </section>
  );
}
