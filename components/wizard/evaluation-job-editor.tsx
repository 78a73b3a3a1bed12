'use client';

import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { metricGroupToForm, type TWizardValues } from '@/components/wizard/wizard-form';
import { fieldLabel } from '@/lib/model-cards/field-labels';
import { TextArea, TextInput } from './form-fields';
import { RowsEditor, TextListEditor } from './rows-editor';
import { MetricGroupEditor } from './metric-group-editor';
import { ReportUpload } from './report-upload';
import { ConfirmButton } from './confirm-button';

/** One evaluation job: what was evaluated on which data, and its metric groups typed in or read from a report. */
export function EvaluationJobEditor({ index, onRemove, onMove, count }: { index: number; count: number; onRemove: () => void; onMove: (to: number) => void }) {
  const { control } = useFormContext<TWizardValues>();
  const base = `evaluation_details.${index}` as const;
  const groups = useFieldArray({ control, name: `${base}.metric_groups` });
  const jobName = useWatch({ control, name: `${base}.name` });
  const title = `Evaluation job ${index + 1}`;
  return (
    <section aria-labelledby={`job-${index}-title`} className="space-y-4 rounded-xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={`job-${index}-title`} className="text-base font-semibold">
          {title}
          {jobName ? <span className="font-normal text-muted"> · {jobName}</span> : null}
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button variant="ghost" className="px-2.5 py-1.5" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move up ${title}`}>
            Move up
          </Button>
          <Button variant="ghost" className="px-2.5 py-1.5" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move down ${title}`}>
            Move down
          </Button>
          <ConfirmButton
            label="Remove job"
            accessibleName={`Remove job ${index + 1}`}
            title={`Remove ${title.toLowerCase()}?`}
            message="Its name, observations, datasets, metadata and metric groups are removed from this card. Versions already saved keep them."
            onConfirm={onRemove}
          />
        </div>
      </div>
      <TextInput name={`${base}.name`} label="Job name" hint="Required: SageMaker names every evaluation job." className="max-w-xl" />
      <TextArea name={`${base}.evaluation_observation`} label={fieldLabel('evaluation_observation')} />
      <div className="grid gap-5 lg:grid-cols-2">
        <TextListEditor name={`${base}.datasets`} title={fieldLabel('datasets')} what="dataset" placeholder="s3://bucket/test/" />
        <RowsEditor
          name={`${base}.metadata`}
          title={fieldLabel('metadata')}
          what="metadata entry"
          columns={[
            { key: 'key', label: 'Key', width: 'w-2/5' },
            { key: 'value', label: 'Value' },
          ]}
          newRow={{ key: '', value: '' }}
          emptyText="No metadata yet."
        />
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-medium">{fieldLabel('metric_groups')}</h3>
        {groups.fields.map((field, groupIndex) => (
          <MetricGroupEditor
            key={field.id}
            name={`${base}.metric_groups.${groupIndex}`}
            label={`Metric group ${groupIndex + 1}`}
            onRemove={() => groups.remove(groupIndex)}
          />
        ))}
        <ReportUpload jobLabel={jobName || title} onAdd={(parsed) => groups.append(parsed.map(metricGroupToForm))} />
        <Button variant="secondary" className="px-3 py-1.5" onClick={() => groups.append({ name: '', metric_data: [], extra: {} })}>
          <span aria-hidden="true">+</span> Add a metric group by hand
        </Button>
      </div>
    </section>
  );
}
