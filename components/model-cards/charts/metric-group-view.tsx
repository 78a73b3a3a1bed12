import { formatNumber } from '@/lib/charts/format';
import { displayValue } from '@/lib/model-cards/display';
import type { TMetricData, TMetricGroup } from '@/lib/schemas/model-card-content';
import { BarChart } from './bar-chart';
import { HeatMap } from './heat-map';
import { LineChart } from './line-chart';
import { ScrollBox } from '@/components/ui/scroll-box';

type TScalarMetric = Extract<TMetricData, { type: 'number' | 'string' | 'boolean' }>;
type TChartMetric = Exclude<TMetricData, TScalarMetric>;

function isScalar(metric: TMetricData): metric is TScalarMetric {
  return metric.type === 'number' || metric.type === 'string' || metric.type === 'boolean';
}

function formatScalar(metric: TScalarMetric): string {
  if (metric.type === 'number') return formatNumber(metric.value, 6);
  return displayValue(metric.value);
}

function ChartMetric({ metric }: { metric: TChartMetric }) {
  if (metric.type === 'linear_graph') return <LineChart metric={metric} />;
  if (metric.type === 'bar_chart') return <BarChart metric={metric} />;
  return <HeatMap metric={metric} />;
}

const CELL = 'px-4 py-2 text-left align-top';

function ScalarTable({ name, metrics }: { name: string; metrics: TScalarMetric[] }) {
  const hasNotes = metrics.some((metric) => metric.notes);
  return (
    <ScrollBox label={`Metrics of ${name}`} className="rounded-lg border border-line bg-surface">
      {/* Fixed columns, the name two-fifths wide, so the tables of consecutive groups line up. */}
      <table className="w-full min-w-[28rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{`Metrics of ${name}`}</caption>
        <thead className="bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className={`${CELL} w-2/5 font-medium`}>
              Metric
            </th>
            <th scope="col" className={`${CELL} font-medium ${hasNotes ? 'w-1/5' : ''}`}>
              Value
            </th>
            {hasNotes ? (
              <th scope="col" className={`${CELL} font-medium`}>
                Notes
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric, i) => (
            <tr key={i} className="border-t border-line">
              <th scope="row" className={`${CELL} break-words font-normal text-fg`}>
                {metric.name}
              </th>
              <td className={`${CELL} break-words text-fg ${metric.type === 'number' ? 'font-mono tabular-nums' : ''}`}>{formatScalar(metric)}</td>
              {hasNotes ? <td className={`${CELL} whitespace-pre-wrap break-words text-muted`}>{metric.notes ?? ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Keys a report wrote on the group beyond name and metric_data; the schema keeps them, so the reader sees them. */
function extraEntries(group: TMetricGroup): [string, string][] {
  return Object.entries(group)
    .filter(([key]) => key !== 'name' && key !== 'metric_data')
    .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

/** One metric group: its scalar metrics in a single table, then each chart metric as its own figure. */
export function MetricGroupView({ group }: { group: TMetricGroup }) {
  const scalars = group.metric_data.filter(isScalar);
  const charts = group.metric_data.filter((metric): metric is TChartMetric => !isScalar(metric));
  const extras = extraEntries(group);
  return (
    <div className="space-y-3">
      <h4 className="break-words text-sm font-semibold text-fg">{group.name}</h4>
      {extras.length > 0 ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs">
          {extras.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-muted">{key}</dt>
              <dd className="break-all text-fg">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {group.metric_data.length === 0 ? <p className="text-sm text-muted">This group has no metrics.</p> : null}
      {scalars.length > 0 ? <ScalarTable name={group.name} metrics={scalars} /> : null}
      {charts.length > 0 ? (
        <div className="grid items-start gap-4 [grid-template-columns:repeat(auto-fill,minmax(min(100%,26rem),1fr))]">
          {charts.map((metric, i) => (
            <ChartMetric key={i} metric={metric} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
