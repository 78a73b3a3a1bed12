'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { emptyEvaluationJob, type TWizardValues } from '@/components/wizard/wizard-form';
import { fieldId } from './field-id';
import { EvaluationJobEditor } from './evaluation-job-editor';

/** Step 3: the evaluation jobs, each with its metrics; a card may have none. */
export function StepEvaluation() {
  const { control } = useFormContext<TWizardValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'evaluation_details' });
  return (
    <div className="space-y-5">
      {fields.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
          <p className="text-sm font-medium">No evaluation jobs yet</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-muted">
            Add a job for each evaluation you ran. Its metrics can be typed in or read from a report file (Clarify, Model Monitor or a metric file).
          </p>
        </div>
      ) : (
        fields.map((field, index) => (
          <EvaluationJobEditor key={field.id} index={index} count={fields.length} onRemove={() => remove(index)} onMove={(to) => move(index, to)} />
        ))
      )}
      <Button id={fieldId('evaluation_details')} variant="secondary" onClick={() => append(emptyEvaluationJob())}>
        <span aria-hidden="true">+</span> Add evaluation job
      </Button>
    </div>
  );
}
