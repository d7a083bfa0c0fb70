/**
 * One ECharts bar chart with its numbers beside it as buttons: the canvas is for the eye, the
 * buttons make every bar reachable and clickable with the keyboard and readable by a screen reader.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart as Bars } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Bucket } from './aggregate';

echarts.use([Bars, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

interface Props {
  id: string;
  title: string;
  buckets: Bucket[];
  label: (key: string) => string;
  onSelect: (key: string) => void;
  empty: string;
}

export function BarChart({ id, title, buckets, label, onSelect, empty }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || buckets.length === 0) return;
    const chart = echarts.init(host.current);
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      tooltip: {},
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: {
        type: 'category',
        data: buckets.map((b) => label(b.key)),
        axisLabel: { interval: 0, rotate: buckets.length > 5 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: buckets.map((b) => b.count), itemStyle: { color: '#16365c' } }],
    });
    chart.on('click', (e) => onSelect(buckets[e.dataIndex].key));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [buckets, label, onSelect]);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {buckets.length === 0 && <p>{empty}</p>}
      <div
        ref={host}
        className="chart-canvas"
        hidden={buckets.length === 0}
        aria-hidden="true"
        data-testid={`chart-${id}`}
      />
      <ul className="chart-values">
        {buckets.map((b) => (
          <li key={b.key}>
            <button type="button" className="link" onClick={() => onSelect(b.key)}>
              {label(b.key)}: {b.count}
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
