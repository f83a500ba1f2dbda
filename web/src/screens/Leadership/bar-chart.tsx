/**
 * A bar chart of a period (bars, and a line for a second series such as the backlog) drawn by uPlot:
 * about 50 kB, canvas, and fast with a year of days on a desk PC. Numbers on the axis come through the
 * page's language (Indian grouping, Devanagari digits in Marathi), and the table behind the chart
 * carries every value for screen readers and for reading exact numbers.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../../i18n/i18n.js';

export interface ChartRow {
  label: string;
  value: number;
  line?: number;
}

/** A colour of the page's theme, read from its CSS custom property, so the chart follows the stylesheet. */
function themeColour(el: HTMLElement, name: string, fallback: string): string {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v === '' ? fallback : v;
}

export function BarChart({ title, rows, valueLabel, lineLabel, height = 160 }: { title: string; rows: readonly ChartRow[]; valueLabel: string; lineLabel?: string; height?: number }) {
  const { t, formatNumber } = useI18n();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const hasLine = rows.some((r) => r.line !== undefined);
    const xs = rows.map((_r, i) => i);
    const data: uPlot.AlignedData = hasLine ? [xs, rows.map((r) => r.value), rows.map((r) => r.line ?? 0)] : [xs, rows.map((r) => r.value)];
    const labelEvery = Math.max(1, Math.ceil(rows.length / 8));
    const ink = themeColour(el, '--muted', '#555');
    const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 48] }) : undefined;
    const options: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, rows.length - 0.5)] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [
        {
          stroke: ink,
          grid: { show: false },
          splits: () => xs.filter((i) => i % labelEvery === 0),
          values: (_u, splits) => splits.map((i) => rows[i]?.label ?? ''),
        },
        { stroke: ink, size: 48, values: (_u, splits) => splits.map((v) => formatNumber(v)) },
      ],
      series: [
        {},
        { label: valueLabel, fill: themeColour(el, '--accent', '#1f5fa8'), stroke: themeColour(el, '--accent', '#1f5fa8'), ...(bars ? { paths: bars } : {}), points: { show: false } },
        ...(hasLine ? [{ label: lineLabel ?? '', stroke: themeColour(el, '--warn', '#b35c00'), width: 2, points: { show: false } }] : []),
      ],
    };
    const plot = new uPlot(options, data, el);
    // The chart follows its box: a phone turned, a side panel closed.
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [rows, height, valueLabel, lineLabel, formatNumber]);

  return (
    <figure className="chart">
      <div ref={box} className="chart-plot" role="img" aria-label={title} />
      <details className="chart-table">
        <summary>{t('leadership.asTable')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{valueLabel}</th>
              {lineLabel ? <th scope="col">{lineLabel}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.value)}</td>
                {lineLabel ? <td>{formatNumber(r.line ?? 0)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
