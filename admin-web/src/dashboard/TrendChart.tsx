/**
 * Papers per year as ECharts lines, one per group (a unit, an index), and under it the same
 * numbers as a table (groups by years) whose every cell is a link to its rows: the keyboard and
 * screen-reader way to every point of the chart.
 */
import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { AggregateTrend } from '../api/client';
import { useI18n } from '../i18n';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  id: string;
  title: string;
  trends: AggregateTrend[];
  /** the groups to draw, in order */
  keys: string[];
  label: (key: string) => string;
  href: (key: string, year: number) => string;
}

export function TrendChart({ id, title, trends, keys, label, href }: Props) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => trends.filter((p) => keys.includes(p.key)), [trends, keys]);
  const years = useMemo(
    () => Array.from(new Set(shown.map((p) => p.year))).sort((a, b) => a - b),
    [shown],
  );
  const works = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of shown) m.set(`${p.key}@${p.year}`, p.works);
    return m;
  }, [shown]);

  useEffect(() => {
    if (!host.current || years.length === 0) return;
    const chart = echarts.init(host.current);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 50, right: 20, top: 10, bottom: 50 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      series: keys.map((k) => ({
        type: 'line',
        name: label(k),
        data: years.map((y) => works.get(`${k}@${y}`) ?? 0),
        symbolSize: 8,
        cursor: 'pointer',
      })),
    });
    chart.on('click', (e) => {
      window.location.hash = href(keys[e.seriesIndex ?? 0], years[e.dataIndex]);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [years, keys, works, label, href]);

  return (
    <figure className="chart chart-wide" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {years.length === 0 && <p>{t('common.none')}</p>}
      <div
        ref={host}
        className="chart-canvas"
        hidden={years.length === 0}
        aria-hidden="true"
        data-testid={`chart-${id}`}
      />
      {years.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          <table className="chart-data" data-testid={`chart-${id}-data`}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dash.group')}</th>
                {years.map((y) => (
                  <th scope="col" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k}>
                  <th scope="row">{label(k)}</th>
                  {years.map((y) => {
                    const n = works.get(`${k}@${y}`);
                    return (
                      <td key={y}>
                        {n ? (
                          <a
                            href={href(k, y)}
                            aria-label={t('dash.pointLabel', { group: label(k), year: y, works: n })}
                          >
                            {n}
                          </a>
                        ) : (
                          0
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
