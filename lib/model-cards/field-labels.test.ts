import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZModelCardContent } from '../schemas/model-card-content';
import { describePath, describePathSegments, fieldLabel, hasFieldLabel, sectionTitle, SECTION_TITLES } from './field-labels';

/** Every object key the schema declares, at any depth (through optional, pipe, array, union, tuple and record). */
function schemaKeys(schema: z.core.$ZodType, found = new Set<string>()): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const visit = (inner: unknown) => schemaKeys(inner as z.core.$ZodType, found);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        found.add(key);
        visit(value);
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
      visit(def.innerType);
      break;
    case 'pipe':
      visit(def.in);
      visit(def.out);
      break;
    case 'array':
      visit(def.element);
      break;
    case 'union':
      for (const option of def.options as unknown[]) visit(option);
      break;
    case 'tuple':
      for (const item of def.items as unknown[]) visit(item);
      break;
    case 'record':
      visit(def.valueType);
      break;
  }
  return found;
}

describe('field labels', () => {
  it('has a label for every key of the content schema', () => {
    const keys = [...schemaKeys(ZModelCardContent)];
    // Guards the walker itself: a deep key in every section proves it reached the leaves.
    expect(keys).toEqual(expect.arrayContaining(['container_image', 'facet', 'x_axis_name', 'user_profile_name', 'is_checkpoint', 'algorithm_name']));
    expect(keys.filter((key) => !hasFieldLabel(key))).toEqual([]);
  });

  it('titles every section, in the schema order', () => {
    expect(Object.keys(SECTION_TITLES)).toEqual(Object.keys(ZModelCardContent.shape));
    expect(sectionTitle('intended_uses')).toBe('Intended uses');
    expect(sectionTitle('model_package_details')).toBe('Model package details');
  });

  it('labels keys in plain words and falls back to the words of an unknown key', () => {
    expect(fieldLabel('model_description')).toBe('Description');
    expect(fieldLabel('risk_rating')).toBe('Risk rating');
    expect(fieldLabel('function', 'function')).toBe('Direction');
    expect(fieldLabel('function', 'objective_function')).toBe('Function');
    expect(fieldLabel('some_extra_key')).toBe('Some extra key');
    expect(sectionTitle('future_section')).toBe('Future section');
  });

  it('describes list items by position and named items by name', () => {
    expect(describePath('training_details.training_job_details.training_metrics[2].value')).toBe(
      'Training details › Training job › Training metrics › item 3 › Value',
    );
    expect(describePath('evaluation_details[0].metric_groups["Bias"].metric_data["auc"]')).toBe(
      'Evaluation details › item 1 › Metric groups › “Bias” › Metrics › “auc”',
    );
    expect(describePath('training_details.objective_function.function.function')).toBe('Training details › Objective function › Function › Direction');
  });

  it('shows free-form keys as written, even when they look like schema keys', () => {
    expect(describePath('additional_information.custom_details.risk_rating')).toBe('Additional information › Custom details › “risk_rating”');
    expect(describePath('additional_information.custom_details["owner team"]')).toBe('Additional information › Custom details › “owner team”');
    expect(describePath('evaluation_details["job \\"a\\""].metadata.region')).toBe('Evaluation details › “job "a"” › Metadata › “region”');
  });

  it('gives the section alone, the whole card, and unparseable text unchanged', () => {
    expect(describePathSegments('model_overview')).toEqual(['Model overview']);
    expect(describePath('')).toBe('Card content');
    expect(describePath('not a path!')).toBe('not a path!');
  });
});
