// Evaluation details: each job's fields and metadata, then each metric group with its number / text / yes-no metrics as one table and every graph, bar chart and matrix drawn.
import { Text, View } from '@react-pdf/renderer';
import type { TEvaluationJob, TMetricData, TMetricGroup, TModelCardContent } from '@/lib/schemas/model-card-content';
import { sectionTitle } from '@/lib/model-cards/field-labels';
import { FieldList, fieldsOf } from './field-list';
import { DataTable } from './data-table';
import { displayValue, hasValue } from '@/lib/model-cards/display';
import { MinorHeading, Section, SubHeading } from './section';
import { LineChart } from './line-chart';
import { BarChart } from './bar-chart';
import { MatrixChart } from './matrix-chart';
import { COLORS, styles } from './theme';

type SimpleMetric = Extract<TMetricData, { type: 'number' | 'string' | 'boolean' }>;
type ChartMetric = Exclude<TMetricData, SimpleMetric>;

function isSimple(metric: TMetricData): metric is SimpleMetric {
  return metric.type === 'number' || metric.type === 'string' || metric.type === 'boolean';
}

function axesNote(metric: SimpleMetric): string {
  return [metric.x_axis_name && `x: ${metric.x_axis_name}`, metric.y_axis_name && `y: ${metric.y_axis_name}`].filter(Boolean).join(' · ');
}

function Chart({ metric }: { metric: ChartMetric }) {
  const kind = metric.type === 'linear_graph' ? 'Line graph' : metric.type === 'bar_chart' ? 'Bar chart' : 'Matrix';
  return (
    <View style={{ marginTop: 6, marginBottom: 4 }} wrap={false}>
      <Text style={{ fontSize: 8.5, fontWeight: 600 }}>
        {metric.name}
        <Text style={{ fontWeight: 400, color: COLORS.muted }}>{`  ${kind}`}</Text>
      </Text>
      {metric.notes ? <Text style={[styles.muted, { fontSize: 7.5 }]}>{metric.notes}</Text> : null}
      {metric.type === 'linear_graph' ? (
        <LineChart metric={metric} />
      ) : metric.type === 'bar_chart' ? (
        <BarChart metric={metric} />
      ) : (
        <MatrixChart metric={metric} />
      )}
    </View>
  );
}

function MetricGroup({ group }: { group: TMetricGroup }) {
  const simple = group.metric_data.filter(isSimple);
  const charts = group.metric_data.filter((metric): metric is ChartMetric => !isSimple(metric));
  const extra = Object.fromEntries(Object.entries(group).filter(([key]) => key !== 'name' && key !== 'metric_data'));
  return (
    <View>
      {simple.length === 0 ? <MinorHeading>{`Metric group: ${group.name}`}</MinorHeading> : null}
      <FieldList fields={fieldsOf(extra)} />
      {group.metric_data.length === 0 ? <Text style={styles.empty}>No metrics in this group.</Text> : null}
      {simple.length > 0 ? (
        <DataTable
          title={`Metric group: ${group.name}`}
          columns={[
            { header: 'Metric', width: 0.34 },
            { header: 'Type', width: 0.1 },
            { header: 'Value', width: 0.2, align: 'right' },
            { header: 'Notes', width: 0.36 },
          ]}
          rows={simple.map((metric) => [metric.name, metric.type, displayValue(metric.value), [metric.notes, axesNote(metric)].filter(Boolean).join(' — ')])}
        />
      ) : null}
      {charts.map((metric, index) => (
        <Chart key={index} metric={metric} />
      ))}
    </View>
  );
}

function EvaluationJob({ job, index }: { job: TEvaluationJob; index: number }) {
  const metadata = Object.entries(job.metadata ?? {}).filter(([, value]) => hasValue(value));
  return (
    <View>
      <SubHeading>{`Evaluation job ${index + 1}: ${job.name}`}</SubHeading>
      <FieldList fields={fieldsOf(job, { skip: ['name', 'metadata', 'metric_groups'] })} />
      {metadata.length > 0 ? (
        <DataTable
          title="Metadata"
          columns={[
            { header: 'Key', width: 0.35 },
            { header: 'Value', width: 0.65 },
          ]}
          rows={metadata.map(([key, value]) => [key, value])}
        />
      ) : null}
      {(job.metric_groups ?? []).map((group, groupIndex) => (
        <MetricGroup key={groupIndex} group={group} />
      ))}
    </View>
  );
}

export function EvaluationSection({ number, content }: { number: number; content: TModelCardContent }) {
  const jobs = (content.evaluation_details ?? []).filter(hasValue);
  return (
    <Section number={number} title={sectionTitle('evaluation_details')} empty={jobs.length === 0}>
      {jobs.map((job, index) => (
        <EvaluationJob key={index} job={job} index={index} />
      ))}
    </Section>
  );
}
