import type { TTrainingDetails } from '@/lib/schemas/model-card-content';
import { formatNumber } from '@/lib/charts/format';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { hasValue } from '@/lib/model-cards/display';
import { DataTable, DocSection, FieldList, Mono, SubSection, Text } from './parts';

type TJob = NonNullable<TTrainingDetails['training_job_details']>;
type TMetric = NonNullable<TJob['training_metrics']>[number];
type THyperParameter = NonNullable<TJob['hyper_parameters']>[number];

/** "Minimize Loss" reads better than three separate rows; the condition follows as written. */
function ObjectiveFunction({ objective }: { objective: NonNullable<TTrainingDetails['objective_function']> }) {
  const fn = objective.function;
  const summary = [fn?.function, fn?.facet].filter((part) => hasValue(part)).join(' ');
  return (
    <SubSection title={fieldLabel('objective_function')}>
      <FieldList
        rows={[
          { key: 'function', label: 'Goal', value: summary, render: <span className="font-medium">{summary}</span> },
          { key: 'condition', value: fn?.condition },
          { key: 'notes', value: objective.notes },
        ]}
      />
    </SubSection>
  );
}

function MetricsTable({ title, metrics }: { title: string; metrics: TMetric[] }) {
  const hasNotes = metrics.some((metric) => hasValue(metric.notes));
  return (
    <SubSection title={title} level={4}>
      <DataTable
        caption={title}
        columns={hasNotes ? ['Metric', 'Value', 'Notes'] : ['Metric', 'Value']}
        mono={[1]}
        rows={metrics.map((metric) => [
          metric.name,
          <span key="v" title={String(metric.value)}>
            {formatNumber(metric.value, 6)}
          </span>,
          ...(hasNotes ? [metric.notes ?? ''] : []),
        ])}
      />
    </SubSection>
  );
}

function HyperParametersTable({ title, parameters }: { title: string; parameters: THyperParameter[] }) {
  return (
    <SubSection title={title} level={4}>
      <DataTable
        caption={title}
        columns={['Hyper-parameter', 'Value']}
        mono={[1]}
        rows={parameters.map((parameter) => [parameter.name, parameter.value ?? ''])}
      />
    </SubSection>
  );
}

function TrainingJob({ job }: { job: TJob }) {
  const lists: [keyof TJob, TMetric[] | THyperParameter[] | undefined][] = [
    ['training_metrics', job.training_metrics],
    ['user_provided_training_metrics', job.user_provided_training_metrics],
    ['hyper_parameters', job.hyper_parameters],
    ['user_provided_hyper_parameters', job.user_provided_hyper_parameters],
  ];
  return (
    <SubSection title={fieldLabel('training_job_details')}>
      <FieldList
        rows={[
          { key: 'training_arn', value: job.training_arn, render: <Mono value={job.training_arn ?? ''} /> },
          { key: 'training_datasets', value: job.training_datasets },
          { key: 'container_image', label: `${fieldLabel('training_environment')}: container images`, value: job.training_environment?.container_image },
        ]}
      />
      {lists.map(([key, items]) => {
        if (!items || items.length === 0) return null;
        const title = fieldLabel(key);
        return key.endsWith('metrics') ? (
          <MetricsTable key={key} title={title} metrics={items as TMetric[]} />
        ) : (
          <HyperParametersTable key={key} title={title} parameters={items as THyperParameter[]} />
        );
      })}
    </SubSection>
  );
}

export function TrainingSection({ training }: { training: TTrainingDetails }) {
  return (
    <DocSection sectionKey="training_details">
      {hasValue(training.objective_function) ? <ObjectiveFunction objective={training.objective_function!} /> : null}
      {hasValue(training.training_job_details) ? <TrainingJob job={training.training_job_details!} /> : null}
      {hasValue(training.training_observations) ? (
        <SubSection title={fieldLabel('training_observations')}>
          <div className="text-sm text-fg">
            <Text value={training.training_observations!} />
          </div>
        </SubSection>
      ) : null}
    </DocSection>
  );
}
