import { formatNumber } from '@/lib/charts/format';
import { lineLayout } from '@/lib/charts/line-layout';
import { axisTitle } from '@/lib/charts/text';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { AxisTitle, XAxis, YAxis } from './axes';
import { ChartFrame, ValuesTable } from './chart-frame';

type TLineMetric = Extract<TMetricData, { type: 'linear_graph' }>;

function range(values: number[]): string {
  return `${formatNumber(Math.min(...values))} to ${formatNumber(Math.max(...values))}`;
}

/** A linear_graph metric: the [x, y] points joined in the order given (curves such as ROC are ordered, not sorted). */
export function LineChart({ metric }: { metric: TLineMetric }) {
  const xName = axisTitle(metric.x_axis_name);
  const yName = axisTitle(metric.y_axis_name);
  const layout = lineLayout(metric.value, { width: 520, height: 280, xTitle: xName, yTitle: yName });
  const xs = metric.value.map(([x]) => x);
  const ys = metric.value.map(([, y]) => y);
  const label = `Line chart of ${yName ?? 'y'} against ${xName ?? 'x'}: ${metric.value.length} points, x from ${range(xs)}, y from ${range(ys)}.`;
  return (
    <ChartFrame
      title={metric.name}
      notes={metric.notes}
      chart={
        <svg role="img" aria-label={label} viewBox={`0 0 ${layout.width} ${layout.height}`} className="block h-auto w-full" style={{ maxWidth: layout.width }}>
          <YAxis ticks={layout.yTicks} plot={layout.plot} />
          <XAxis ticks={layout.xTicks} plot={layout.plot} />
          <path d={layout.path} fill="none" className="stroke-accent" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
          {layout.showMarkers
            ? layout.points.map((point, i) => (
                <circle key={i} cx={point.x} cy={point.y} r={3} className="fill-surface stroke-accent" strokeWidth={1.5}>
                  <title>{`(${formatNumber(point.value[0])}, ${formatNumber(point.value[1])})`}</title>
                </circle>
              ))
            : null}
          <AxisTitle title={layout.xTitle} />
          <AxisTitle title={layout.yTitle} vertical />
        </svg>
      }
      values={
        <ValuesTable
          caption={`Values of ${metric.name}`}
          columns={[xName ?? 'x', yName ?? 'y']}
          rows={metric.value.map(([x, y]) => [formatNumber(x, 6), formatNumber(y, 6)])}
        />
      }
    />
  );
}
