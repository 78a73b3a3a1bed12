import type { TEvaluationJob } from '@/lib/schemas/model-card-content';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { MetricGroupView } from '../charts/metric-group-view';
import { hasValue } from '@/lib/model-cards/display';
import { DocSection, FieldList, KeyValueTable, Mono, SubSection, Text } from './parts';

function EvaluationJob({ job }: { job: TEvaluationJob }) {
  const groups = (job.metric_groups ?? []).filter((group) => hasValue(group.name) || group.metric_data.length > 0);
  return (
    <article className="space-y-4 border-t border-line pt-5 first:border-t-0 first:pt-0">
      <h3 className="break-words text-base font-semibold text-fg">
        <span className="sr-only">Evaluation job: </span>
        {job.name}
      </h3>
      {hasValue(job.evaluation_observation) ? (
        <div className="text-sm text-fg">
          <Text value={job.evaluation_observation!} />
        </div>
      ) : null}
      <FieldList
        rows={[
          { key: 'evaluation_job_arn', value: job.evaluation_job_arn, render: <Mono value={job.evaluation_job_arn ?? ''} /> },
          { key: 'datasets', value: job.datasets },
        ]}
      />
      {job.metadata && hasValue(job.metadata) ? (
        <SubSection title={fieldLabel('metadata')} level={4}>
          <KeyValueTable caption={`Metadata of ${job.name}`} entries={job.metadata} />
        </SubSection>
      ) : null}
      {groups.map((group, i) => (
        <MetricGroupView key={i} group={group} />
      ))}
    </article>
  );
}

export function EvaluationSection({ jobs }: { jobs: TEvaluationJob[] }) {
  return (
    <DocSection sectionKey="evaluation_details">
      {jobs.map((job, i) => (
        <EvaluationJob key={i} job={job} />
      ))}
    </DocSection>
  );
}
