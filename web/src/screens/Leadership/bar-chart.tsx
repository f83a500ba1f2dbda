/**
 * A small bar chart drawn as SVG by hand: bars for this period, a line for a second series (the
 * backlog), and the table behind it for screen readers and for reading exact numbers. A chart
 * library would add 40–200 kB to the desk for two charts; this is a hundred lines.
 */
import { useI18n } from '../../i18n/i18n.js';

export interface ChartRow {
  label: string;
  value: number;
  line?: number;
}

export function BarChart({ title, rows, valueLabel, lineLabel, height = 160 }: { title: string; rows: readonly ChartRow[]; valueLabel: string; lineLabel?: string; height?: number }) {
  const { t, formatNumber } = useI18n();
  const width = 640;
  const pad = { top: 8, right: 8, bottom: 22, left: 36 };
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value, r.line ?? 0)));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const step = rows.length > 0 ? innerW / rows.length : innerW;
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const labelEvery = Math.max(1, Math.ceil(rows.length / 8));
  const line = rows.some((r) => r.line !== undefined)
    ? rows.map((r, i) => `${i === 0 ? 'M' : 'L'}${(pad.left + step * i + step / 2).toFixed(1)},${y(r.line ?? 0).toFixed(1)}`).join(' ')
    : '';
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="none" className="chart-svg">
        <line x1={pad.left} x2={width - pad.right} y1={pad.top + innerH} y2={pad.top + innerH} className="chart-axis" />
        <text x={pad.left - 4} y={pad.top + 8} textAnchor="end" className="chart-tick">
          {formatNumber(max)}
        </text>
        <text x={pad.left - 4} y={pad.top + innerH} textAnchor="end" className="chart-tick">
          0
        </text>
        {rows.map((r, i) => (
          <g key={r.label}>
            <rect x={pad.left + step * i + step * 0.15} width={Math.max(1, step * 0.7)} y={y(r.value)} height={pad.top + innerH - y(r.value)} className="chart-bar">
              <title>{`${r.label}: ${formatNumber(r.value)}`}</title>
            </rect>
            {i % labelEvery === 0 ? (
              <text x={pad.left + step * i + step / 2} y={height - 6} textAnchor="middle" className="chart-tick">
                {r.label}
              </text>
            ) : null}
          </g>
        ))}
        {line ? <path d={line} className="chart-line" /> : null}
      </svg>
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
