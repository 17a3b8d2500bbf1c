// Server-rendered SVG charts (no script, no style attribute: colours and lines come from classes in
// app.css, so the Content-Security-Policy holds). Each chart is an image with a title and a
// description, inside a figure whose caption states the finding, followed by the same figures as a
// table and a CSV download.
import type { Child } from 'hono/jsx';
import { DataTable, type TableData } from './data-table.tsx';

export type ChartFrameProps = {
  id: string;
  /** The finding, in a sentence. */
  caption: string;
  title: string;
  description: string;
  width: number;
  height: number;
  table: TableData;
  csvHref: string;
  children: Child;
};

export function ChartFigure({ id, caption, title, description, width, height, table, csvHref, children }: ChartFrameProps) {
  return (
    <figure class="chart" id={id}>
      <svg class="chart__svg" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption class="chart__caption">{caption}</figcaption>
      <details class="details">
        <summary class="details-summary">Vis data som tabel<span class="sr-only">: {title}</span></summary>
        <div class="details-text">
          <DataTable data={table} />
        </div>
      </details>
      <p><a href={csvHref} download>Hent data som CSV<span class="sr-only">: {title}</span></a></p>
    </figure>
  );
}

const LABEL = 170;
const ROW = 30;

export type DivergingRow = { label: string; n: number; segments: { cls: string; share: number; side: 'left' | 'centre' | 'right' }[] };

/** Stacked bars that diverge from a centre line: low values to the left, high to the right, the middle split across. */
export function DivergingBars({ rows, legend }: { rows: DivergingRow[]; legend: { cls: string; label: string }[] }) {
  const width = 660;
  const half = (width - LABEL - 20) / 2;
  const centre = LABEL + half;
  return (
    <g>
      {rows.map((r, i) => {
        const y = 10 + i * ROW;
        const left = r.segments.filter((s) => s.side === 'left');
        const centreShare = r.segments.find((s) => s.side === 'centre')?.share ?? 0;
        let x = centre - (centreShare / 2) * half;
        const parts: Child[] = [];
        // Left segments are drawn outward from the centre (the lowest value furthest out).
        let lx = x;
        for (const s of [...left].reverse()) {
          lx -= s.share * half;
          parts.push(<rect class={s.cls} x={lx} y={y} width={s.share * half} height={ROW - 8} />);
        }
        for (const s of r.segments.filter((s) => s.side !== 'left')) {
          parts.push(<rect class={s.cls} x={x} y={y} width={s.share * half} height={ROW - 8} />);
          x += s.share * half;
        }
        return (
          <g>
            <text class="chart__label" x={LABEL - 8} y={y + ROW / 2} text-anchor="end">{`${r.label} (n = ${r.n})`}</text>
            {parts}
          </g>
        );
      })}
      <line class="chart__axis" x1={centre} x2={centre} y1={4} y2={10 + rows.length * ROW} />
      {legend.map((l, i) => (
        <g>
          <rect class={l.cls} x={LABEL + i * 95} y={18 + rows.length * ROW} width={14} height={14} />
          <text class="chart__legend" x={LABEL + i * 95 + 18} y={30 + rows.length * ROW}>{l.label}</text>
        </g>
      ))}
    </g>
  );
}

export const divergingHeight = (rows: number) => 44 + rows * ROW;

export type Series = { label: string; points: { x: number; y: number | null }[] };

/** Lines over years, each with its own dash pattern and marker, so colour is never the only difference. */
/** `xLabel`: how an x value is written under the axis (default: the number, e.g. a year). */
export function LineChart({ series, yMin, yMax, yFormat, xs, xLabel = String }: { series: Series[]; yMin: number; yMax: number; yFormat: (y: number) => string; xs: number[]; xLabel?: (x: number) => string }) {
  const width = 660;
  const height = 300;
  const [x0, x1, y0, y1] = [60, width - 150, 20, height - 40];
  const sx = (x: number) => (xs.length < 2 ? (x0 + x1) / 2 : x0 + ((x - xs[0]!) / (xs[xs.length - 1]! - xs[0]!)) * (x1 - x0));
  const sy = (y: number) => y1 - ((y - yMin) / (yMax - yMin || 1)) * (y1 - y0);
  const ticks = Array.from({ length: 5 }, (_, i) => yMin + (i * (yMax - yMin)) / 4);
  return (
    <g>
      {ticks.map((t) => (
        <g>
          <line class="chart__grid" x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} />
          <text class="chart__tick" x={x0 - 6} y={sy(t) + 4} text-anchor="end">{yFormat(t)}</text>
        </g>
      ))}
      {xs.map((x) => <text class="chart__tick" x={sx(x)} y={y1 + 18} text-anchor="middle">{xLabel(x)}</text>)}
      {series.map((s, i) => {
        const pts = s.points.filter((p): p is { x: number; y: number } => p.y !== null);
        const last = pts[pts.length - 1];
        return (
          <g class={`chart__series chart__series--${i % 6}`}>
            <polyline points={pts.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')} />
            {pts.map((p) => <circle cx={sx(p.x)} cy={sy(p.y)} r={3.5} />)}
            {last && <text class="chart__legend" x={x1 + 8} y={sy(last.y) + 4 + (i - series.length / 2) * 2}>{s.label}</text>}
          </g>
        );
      })}
    </g>
  );
}

export type FunnelPoint = { label: string; n: number; share: number; outside: boolean };

/** Share against volume, with the 95 % and 99,8 % control limits around the overall share. */
export function FunnelPlot({ p0, points, curve, shareFormat }: { p0: number; points: FunnelPoint[]; curve: { n: number; lower95: number; upper95: number; lower998: number; upper998: number }[]; shareFormat: (s: number) => string }) {
  const width = 660;
  const height = 320;
  const [x0, x1, y0, y1] = [60, width - 160, 20, height - 40];
  const maxN = Math.max(...curve.map((c) => c.n), ...points.map((p) => p.n), 1);
  const maxY = Math.min(1, Math.max(p0 * 2, ...points.map((p) => p.share), ...curve.slice(Math.floor(curve.length / 4)).map((c) => c.upper998)) * 1.1 || 0.1);
  const sx = (n: number) => x0 + (n / maxN) * (x1 - x0);
  const sy = (s: number) => y1 - (Math.min(s, maxY) / maxY) * (y1 - y0);
  const line = (pick: (c: (typeof curve)[number]) => number) => curve.map((c) => `${sx(c.n)},${sy(pick(c))}`).join(' ');
  const ticks = Array.from({ length: 5 }, (_, i) => (i * maxY) / 4);
  return (
    <g>
      {ticks.map((t) => (
        <g>
          <line class="chart__grid" x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} />
          <text class="chart__tick" x={x0 - 6} y={sy(t) + 4} text-anchor="end">{shareFormat(t)}</text>
        </g>
      ))}
      <text class="chart__tick" x={(x0 + x1) / 2} y={y1 + 30} text-anchor="middle">Antal vurderinger</text>
      <text class="chart__tick" x={x0} y={y1 + 18} text-anchor="middle">0</text>
      <text class="chart__tick" x={x1} y={y1 + 18} text-anchor="middle">{String(maxN)}</text>
      <line class="chart__target" x1={x0} x2={x1} y1={sy(p0)} y2={sy(p0)} />
      <polyline class="chart__limit95" points={line((c) => c.upper95)} />
      <polyline class="chart__limit95" points={line((c) => c.lower95)} />
      <polyline class="chart__limit998" points={line((c) => c.upper998)} />
      <polyline class="chart__limit998" points={line((c) => c.lower998)} />
      {points.map((p) => (
        <g class={p.outside ? 'chart__point chart__point--outside' : 'chart__point'}>
          <circle cx={sx(p.n)} cy={sy(p.share)} r={5} />
          <text class="chart__legend" x={sx(p.n) + 8} y={sy(p.share) + 4}>{p.label}</text>
        </g>
      ))}
      <text class="chart__legend" x={x1 + 10} y={sy(p0) + 4}>{`Landsgennemsnit ${shareFormat(p0)}`}</text>
    </g>
  );
}
