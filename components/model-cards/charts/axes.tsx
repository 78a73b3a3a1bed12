import type { TPlotArea, TTick } from '@/lib/charts/axis';
import type { TAxisTitle } from '@/lib/charts/text';

/** Horizontal grid lines with y tick labels left of the plot. */
export function YAxis({ ticks, plot }: { ticks: TTick[]; plot: TPlotArea }) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} className="stroke-line" strokeWidth={1} />
          <text x={plot.left - 6} y={tick.position} dy="0.32em" textAnchor="end" fontSize={12} className="fill-muted tabular-nums">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** X tick marks and labels under the plot. */
export function XAxis({ ticks, plot }: { ticks: TTick[]; plot: TPlotArea }) {
  return (
    <g>
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-muted" strokeWidth={1} />
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.position} x2={tick.position} y1={plot.bottom} y2={plot.bottom + 4} className="stroke-muted" strokeWidth={1} />
          <text x={tick.position} y={plot.bottom + 18} textAnchor="middle" fontSize={12} className="fill-muted tabular-nums">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** An axis title; the y title reads bottom to top. A cut title keeps its full text as a tooltip. */
export function AxisTitle({ title, vertical = false }: { title?: TAxisTitle; vertical?: boolean }) {
  if (!title) return null;
  return (
    <text
      x={title.x}
      y={title.y}
      textAnchor="middle"
      fontSize={12}
      transform={vertical ? `rotate(-90 ${title.x} ${title.y})` : undefined}
      dy={vertical ? '0.32em' : undefined}
      className="fill-fg font-medium"
    >
      {title.text !== title.full ? <title>{title.full}</title> : null}
      {title.text}
    </text>
  );
}
