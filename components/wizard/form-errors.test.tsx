import { describe, expect, it } from 'vitest';
import { issuesToErrors } from './form-errors';
import { emptyFieldsOf } from './empty-fields';

describe('issuesToErrors', () => {
  it('nests messages as react-hook-form names them, lists as arrays, first message per field', () => {
    const errors = issuesToErrors([
      { step: 'training', field: 'training_details.training_job_details.training_metrics.1.name', path: 'x', message: 'must not be empty' },
      { step: 'training', field: 'training_details.training_job_details.training_metrics.1.name', path: 'x', message: 'second' },
      { step: 'details', field: 'name', path: 'name', message: 'taken' },
      { step: null, field: null, path: 'model_package_details', message: 'ignored: no field edits it' },
    ]);
    expect(errors).toEqual({
      training_details: { training_job_details: { training_metrics: [undefined, { name: { type: 'validate', message: 'must not be empty' } }] } },
      name: { type: 'validate', message: 'taken' },
    });
    expect(Array.isArray(errors.training_details?.training_job_details?.training_metrics)).toBe(true);
  });
});

describe('emptyFieldsOf', () => {
  it('lists the optional fields the review points at while they are empty', () => {
    const empty = emptyFieldsOf({ model_overview: { model_description: 'x' }, evaluation_details: [{ name: 'job' }] }).map((field) => field.path);
    expect(empty).not.toContain('model_overview.model_description');
    expect(empty).not.toContain('evaluation_details');
    expect(empty).toContain('intended_uses.risk_rating');
    expect(empty).toContain('additional_information.caveats_and_recommendations');
  });
});
