// Training details: the objective function and training job as fields, metrics and hyper-parameters as tables (discovered and user-provided apart, as SageMaker keeps them).
import { View } from '@react-pdf/renderer';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { sectionTitle } from '@/lib/model-cards/field-labels';
import { FieldList, fieldsOf } from './field-list';
import { DataTable } from './data-table';
import { displayValue, hasValue } from '@/lib/model-cards/display';
import { MinorHeading, Section } from './section';

type JobDetails = NonNullable<NonNullable<TModelCardContent['training_details']>['training_job_details']>;

const TABLE_KEYS = ['training_metrics', 'user_provided_training_metrics', 'hyper_parameters', 'user_provided_hyper_parameters'] as const;

function MetricTable({ title, metrics }: { title: string; metrics: JobDetails['training_metrics'] }) {
  if (!metrics?.length) return null;
  return (
    <DataTable
      title={title}
      columns={[
        { header: 'Metric', width: 0.35 },
        { header: 'Value', width: 0.2, align: 'right' },
        { header: 'Notes', width: 0.45 },
      ]}
      rows={metrics.map((metric) => [metric.name, displayValue(metric.value), metric.notes ?? ''])}
    />
  );
}

function ParameterTable({ title, parameters }: { title: string; parameters: JobDetails['hyper_parameters'] }) {
  if (!parameters?.length) return null;
  return (
    <DataTable
      title={title}
      columns={[
        { header: 'Hyper-parameter', width: 0.45 },
        { header: 'Value', width: 0.55 },
      ]}
      rows={parameters.map((parameter) => [parameter.name, parameter.value ?? ''])}
    />
  );
}

export function TrainingSection({ number, content }: { number: number; content: TModelCardContent }) {
  const training = content.training_details;
  const job = training?.training_job_details;
  return (
    <Section number={number} title={sectionTitle('training_details')} empty={!hasValue(training)}>
      <FieldList fields={fieldsOf(training, { skip: ['training_job_details'] })} />
      {hasValue(job) ? (
        <View>
          <MinorHeading>Training job</MinorHeading>
          <FieldList fields={fieldsOf(job, { skip: [...TABLE_KEYS] })} />
          <MetricTable title="Training metrics" metrics={job?.training_metrics} />
          <MetricTable title="User-provided training metrics" metrics={job?.user_provided_training_metrics} />
          <ParameterTable title="Hyper-parameters" parameters={job?.hyper_parameters} />
          <ParameterTable title="User-provided hyper-parameters" parameters={job?.user_provided_hyper_parameters} />
        </View>
      ) : null}
    </Section>
  );
}
