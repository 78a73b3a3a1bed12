import { barLayout } from '@/lib/charts/bar-layout';
import { formatNumber } from '@/lib/charts/format';
import { axisTitle } from '@/lib/charts/text';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { AxisTitle, YAxis } from './axes';
import { ChartFrame, ValuesTable } from './chart-frame';

type TBarMetric = Extract<TMetricData, { type: 'bar_chart' }>;

/** A bar_chart metric: one bar per value, named by the matching x_axis_name label. */
export function BarChart({ metric }: { metric: TBarMetric }) {
  const yName = axisTitle(metric.y_axis_name);
  const layout = barLayout(metric.value, metric.x_axis_name, { width: 520, height: 200, yTitle: yName });
  const label = `Bar chart${yName ? ` of ${yName}` : ''} over ${layout.bars.length} categories: ${layout.bars
    .slice(0, 12)
    .map((bar) => `${bar.label} ${formatNumber(bar.value)}`)
    .join(', ')}${layout.bars.length > 12 ? ', …' : ''}.`;
  const { plot } = layout;
  return (
    <ChartFrame
      title={metric.name}
      notes={metric.notes}
      chart={
        <svg role="img" aria-label={label} viewBox={`0 0 ${layout.width} ${layout.height}`} className="block h-auto w-full" style={{ maxWidth: layout.width }}>
          <YAxis ticks={layout.yTicks} plot={plot} />
          {layout.bars.map((bar, i) => (
            <g key={i}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={Math.max(bar.height, 0.5)} rx={2} className="fill-accent">
                <title>{`${bar.label}: ${formatNumber(bar.value, 6)}`}</title>
              </rect>
              {layout.showValues ? (
                <text x={bar.labelX} y={bar.value < 0 ? bar.y + bar.height + 13 : bar.y - 4} textAnchor="middle" fontSize={11} className="fill-fg tabular-nums">
                  {formatNumber(bar.value, 3)}
                </text>
              ) : null}
              {bar.showLabel ? (
                <text
                  x={bar.labelX}
                  y={bar.labelY}
                  textAnchor={layout.labelAngle === 0 ? 'middle' : 'end'}
                  transform={layout.labelAngle === 0 ? undefined : `rotate(${layout.labelAngle} ${bar.labelX} ${bar.labelY})`}
                  dy={layout.labelAngle === 0 ? undefined : '0.7em'}
                  fontSize={12}
                  className="fill-muted"
                >
                  {bar.shortLabel !== bar.label ? <title>{bar.label}</title> : null}
                  {bar.shortLabel}
                </text>
              ) : null}
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={layout.baseline} y2={layout.baseline} className="stroke-muted" strokeWidth={1} />
          <AxisTitle title={layout.yTitle} vertical />
        </svg>
      }
      values={
        <ValuesTable
          caption={`Values of ${metric.name}`}
          columns={['Category', yName ?? 'Value']}
          rows={layout.bars.map((bar) => [bar.label, formatNumber(bar.value, 6)])}
        />
      }
    />
  );
}
