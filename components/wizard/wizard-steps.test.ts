import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ZModelCardContent } from '@/lib/schemas/model-card-content';
import { contentToForm, emptyEvaluationJob, emptyWizardValues } from './wizard-form';
import { formFieldOf, maxCharsOf, validateWizardContent, validateWizardStep } from './wizard-steps';

const everyField = ZModelCardContent.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../lib/schemas/test-fixtures/every-field.json'), 'utf8')));

describe('wizard step validation', () => {
  it('accepts an empty step where SageMaker allows every field to be empty', () => {
    const values = emptyWizardValues();
    for (const step of ['details', 'training', 'evaluation', 'additional'] as const) expect(validateWizardStep(step, values)).toEqual([]);
    expect(validateWizardContent(contentToForm(everyField))).toEqual([]);
  });

  it('names the field of a text over its limit', () => {
    const values = emptyWizardValues();
    values.intended_uses.purpose_of_model = 'x'.repeat(2049);
    expect(validateWizardStep('details', values)).toEqual([
      { step: 'details', field: 'intended_uses.purpose_of_model', path: 'intended_uses.purpose_of_model', message: 'at most 2048 characters' },
    ]);
  });

  it('maps list rows, key/value rows and numbers back to the inputs that edit them', () => {
    const values = contentToForm(everyField);
    values.model_overview.model_version = 'three';
    values.model_overview.model_artifact.push({ value: 'y'.repeat(1025) });
    values.evaluation_details[0].metadata[1].value = 'z'.repeat(1025);
    values.training_details.training_job_details.training_metrics.push({ name: '', value: '1', notes: '' });
    const fields = [...validateWizardStep('details', values), ...validateWizardStep('training', values), ...validateWizardStep('evaluation', values)].map(
      (issue) => [issue.field, issue.message],
    );
    expect(fields).toEqual([
      ['model_overview.model_version', 'must be a number'],
      ['model_overview.model_artifact.1.value', 'at most 1024 characters'],
      ['training_details.training_job_details.training_metrics.1.name', 'must not be empty'],
      ['evaluation_details.0.metadata.1.value', 'at most 1024 characters'],
    ]);
  });

  it('requires the name of an evaluation job, as SageMaker does', () => {
    const values = emptyWizardValues();
    values.evaluation_details.push(emptyEvaluationJob());
    expect(validateWizardStep('evaluation', values)).toMatchObject([{ field: 'evaluation_details.0.name', message: 'must not be empty', step: 'evaluation' }]);
  });

  it('points at a chart metric’s data', () => {
    const values = contentToForm(everyField);
    expect(formFieldOf(values, ['evaluation_details', 0, 'metric_groups', 0, 'metric_data', 3, 'value', 1])).toBe(
      'evaluation_details.0.metric_groups.0.metric_data.3.chart',
    );
  });

  it('reads character limits from the content schema', () => {
    expect(maxCharsOf('intended_uses.purpose_of_model')).toBe(2048);
    expect(maxCharsOf('model_overview.model_description')).toBe(1024);
    expect(maxCharsOf('evaluation_details.evaluation_observation')).toBe(2096);
    expect(maxCharsOf('training_details.objective_function.notes')).toBe(1024);
    expect(maxCharsOf('model_overview.problem_type')).toBeUndefined();
  });
});

describe('key/value rows', () => {
  it('stop a repeated or blank key at its row, since an object cannot hold either', () => {
    const values = emptyWizardValues();
    values.additional_information.custom_details = [
      { key: 'ticket', value: 'A' },
      { key: 'ticket', value: 'B' },
      { key: '', value: 'C' },
    ];
    expect(validateWizardStep('additional', values).map((issue) => [issue.field, issue.message])).toEqual([
      ['additional_information.custom_details.1.key', '“ticket” is already a key above; keys must be unique'],
      ['additional_information.custom_details.2.key', 'enter a key, or remove this row'],
    ]);
  });
});
