'use client';

import { fieldLabel } from '@/lib/model-cards/field-labels';
import { FieldGroup, SelectField, TextArea, TextInput } from './form-fields';
import { RowsEditor, TextListEditor } from './rows-editor';

// The SDK's FacetEnum; the stored schema allows any short text, so these are suggestions.
const FACETS = ['Loss', 'Accuracy', 'RMSE', 'MAE', 'AUC'];
const base = 'training_details.training_job_details';

/** Step 2: what the training optimised, the job, its data and images, its metrics and hyper-parameters. */
export function StepTraining() {
  return (
    <div className="space-y-5">
      <FieldGroup title={fieldLabel('objective_function')} description="What training optimised.">
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            name="training_details.objective_function.function.function"
            label="Direction"
            options={[
              { value: '', label: 'Not set' },
              { value: 'Minimize', label: 'Minimize' },
              { value: 'Maximize', label: 'Maximize' },
            ]}
          />
          <TextInput
            name="training_details.objective_function.function.facet"
            label={fieldLabel('facet')}
            list="objective-facets"
            hint="For example Loss or AUC."
          />
          <datalist id="objective-facets">
            {FACETS.map((facet) => (
              <option key={facet} value={facet} />
            ))}
          </datalist>
          <TextInput name="training_details.objective_function.function.condition" label={fieldLabel('condition')} />
        </div>
        <TextArea name="training_details.objective_function.notes" label={fieldLabel('notes')} rows={2} />
      </FieldGroup>

      <FieldGroup title={fieldLabel('training_job_details')}>
        <TextInput name={`${base}.training_arn`} label="Training job ID" hint="The training job's ARN or name." />
        <div className="grid gap-5 lg:grid-cols-2">
          <TextListEditor name={`${base}.training_datasets`} title={fieldLabel('training_datasets')} what="dataset" placeholder="s3://bucket/train/" />
          <TextListEditor name={`${base}.training_environment.container_image`} title={fieldLabel('container_image')} what="container image" />
        </div>
        <RowsEditor
          name={`${base}.training_metrics`}
          title={fieldLabel('training_metrics')}
          what="metric"
          columns={[
            { key: 'name', label: 'Name', width: 'w-1/3' },
            { key: 'value', label: 'Value', inputMode: 'decimal', width: 'w-1/6' },
            { key: 'notes', label: 'Notes' },
          ]}
          newRow={{ name: '', value: '', notes: '' }}
          emptyText="No training metrics yet. Add the final values the job reported."
        />
        <RowsEditor
          name={`${base}.hyper_parameters`}
          title={fieldLabel('hyper_parameters')}
          what="hyper-parameter"
          columns={[
            { key: 'name', label: 'Name', width: 'w-1/3' },
            { key: 'value', label: 'Value' },
          ]}
          newRow={{ name: '', value: '' }}
          emptyText="No hyper-parameters yet."
        />
      </FieldGroup>

      <FieldGroup title={fieldLabel('training_observations')}>
        <TextArea name="training_details.training_observations" label={fieldLabel('training_observations')} />
      </FieldGroup>
    </div>
  );
}
