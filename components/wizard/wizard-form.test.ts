import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ZModelCardContent } from '@/lib/schemas/model-card-content';
import { contentHash } from '@/lib/model-cards/canonical-json';
import { contentToForm, emptyWizardValues, formToContent } from './wizard-form';

const everyField = ZModelCardContent.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../lib/schemas/test-fixtures/every-field.json'), 'utf8')));

describe('wizard form converters', () => {
  it('give back the same document for a card that uses every field (content → form → content)', () => {
    const form = contentToForm(everyField, 'churn');
    expect(form.name).toBe('churn');
    const back = formToContent(form);
    expect(back).toEqual(everyField);
    expect(contentHash(back)).toBe(contentHash(everyField));
  });

  it('survive a JSON round trip, as a stored draft does', () => {
    const form = JSON.parse(JSON.stringify(contentToForm(everyField)));
    expect(formToContent(form)).toEqual(everyField);
  });

  it('turn an untouched form into an empty document', () => {
    expect(formToContent(emptyWizardValues())).toEqual({});
  });

  it('edit lists as rows, maps as key/value rows and numbers as text', () => {
    const form = contentToForm(everyField);
    expect(form.model_overview.model_version).toBe('3');
    expect(form.model_overview.model_artifact).toEqual([{ value: 's3://models/churn/model.tar.gz' }]);
    expect(form.evaluation_details[0].metadata).toEqual([
      { key: 'region', value: 'us-east-1' },
      { key: 'owner team', value: 'risk' },
    ]);
    expect(form.training_details.training_job_details.hyper_parameters).toEqual([
      { name: 'max_depth', value: '6' },
      { name: 'eta', value: '' },
    ]);
  });

  it('drop cleared fields and keep text typed into a number field for validation to name', () => {
    const form = contentToForm(everyField);
    form.model_overview.model_description = '';
    form.model_overview.model_version = 'three';
    form.training_details.training_job_details.training_metrics[0].value = '1e-3';
    const content = formToContent(form);
    expect(content.model_overview).not.toHaveProperty('model_description');
    expect(content.model_overview?.model_version).toBe('three');
    expect(content.training_details?.training_job_details?.training_metrics?.[0].value).toBe(0.001);
  });

  it('write a hyper-parameter whose value was never given without a value', () => {
    const form = emptyWizardValues();
    form.training_details.training_job_details.hyper_parameters = [{ name: 'seed', value: null }];
    expect(formToContent(form).training_details).toEqual({ training_job_details: { hyper_parameters: [{ name: 'seed' }] } });
  });
});
