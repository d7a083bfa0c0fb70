/**
 * One ECharts bar chart of papers per group, and under it the same numbers as a table of links:
 * the canvas is for the eye (hidden from assistive technology), the table makes every bar
 * reachable with Tab, readable by a screen reader, and followable with Enter to its rows.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { AggregateCount } from '../api/client';
import { useI18n } from '../i18n';

echarts.use([Bars, GridComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  id: string;
  title: string;
  counts: AggregateCount[];
  label: (key: string) => string;
  /** the link to the rows behind one bar */
  href: (key: string) => string;
  /** extra links per group (e.g. a unit's sub-units on the dashboard) */
  more?: (key: string) => { href: string; text: string } | null;
}

export function BarChart({ id, title, counts, label, href, more }: Props) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || counts.length === 0) return;
    const chart = echarts.init(host.current);
    chart.setOption({
      animation: false,
      tooltip: {},
      grid: { left: 50, right: 10, top: 10, bottom: 70 },
      xAxis: {
        type: 'category',
        data: counts.map((c) => label(c.key)),
        axisLabel: { interval: 0, rotate: counts.length > 5 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('dash.works'),
          data: counts.map((c) => c.works),
          itemStyle: { color: '#16365c' },
          cursor: 'pointer',
        },
      ],
    });
    chart.on('click', (e) => {
      window.location.hash = href(counts[e.dataIndex].key);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [counts, label, href, t]);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {counts.length === 0 && <p>{t('common.none')}</p>}
      <div
        ref={host}
        className="chart-canvas"
        hidden={counts.length === 0}
        aria-hidden="true"
        data-testid={`chart-${id}`}
      />
      {counts.length > 0 && (
        <table className="chart-data" data-testid={`chart-${id}-data`}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.group')}</th>
              <th scope="col">{t('dash.works')}</th>
              <th scope="col">{t('dash.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => {
              const extra = more?.(c.key);
              return (
                <tr key={c.key}>
                  <th scope="row">
                    <a href={href(c.key)}>{label(c.key)}</a>
                    {extra && (
                      <>
                        {' '}
                        <a href={extra.href} className="secondary-link">
                          {extra.text}
                        </a>
                      </>
                    )}
                  </th>
                  <td>{c.works}</td>
                  <td>{c.rows}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </figure>
  );
}
