// Clarify bias reports import as the SageMaker SDK imports them; one it could not walk is refused with the path of the problem.
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';
import { parseError, sagemakerFixture } from './test-fixtures/report-test-helpers';

const bias = (report: unknown) => parseReport(JSON.stringify(report), { format: 'clarify-bias' });

const section = (items: unknown, extra: Record<string, unknown> = {}) => ({
  label: 'Target',
  label_value_or_threshold: '1',
  facets: { Gender: items },
  ...extra,
});

describe('Clarify bias reports', () => {
  it("give exactly the metric groups the SageMaker SDK makes of its sample, in the SDK's order", () => {
    const expected = JSON.parse(sagemakerFixture('translated_clarify_bias.json')).metric_groups;
    expect(parseReport(sagemakerFixture('clarify_bias.json'))).toStrictEqual({
      format: 'clarify-bias',
      metric_groups: expected,
      warnings: [],
    });
  });

  it('write numbers, booleans and null in group names as Python prints them', () => {
    const result = bias({
      post_training_bias_metrics: {
        label: true,
        label_value_or_threshold: 1,
        facets: {
          Age: [
            { value_or_threshold: 0.00001, metrics: [{ name: 'DPPL', value: 0.1 }] },
            { value_or_threshold: 40.5, metrics: [{ name: 'DPPL', value: 0.2 }] },
            { value_or_threshold: null, metrics: [{ name: 'DPPL', value: 0.3 }] },
          ],
        },
      },
    });
    expect(result.metric_groups.map((group) => group.name)).toStrictEqual([
      'post_training_bias_metrics - label True = 1 and facet Age=1e-05',
      'post_training_bias_metrics - label True = 1 and facet Age=40.5',
      'post_training_bias_metrics - label True = 1 and facet Age=None',
    ]);
  });

  it('merge values of one facet that share a group name, keep metrics without a value out, and drop the description', () => {
    const result = bias({
      pre_training_bias_metrics: section([
        { value_or_threshold: '0', metrics: [{ name: 'CI', description: 'Class Imbalance (CI)', value: 0.2 }] },
        {
          value_or_threshold: '0',
          metrics: [
            { name: 'DPL', value: -0.1 },
            { name: 'KL', value: null },
            { name: 'JS', description: 'not computed' },
          ],
        },
      ]),
    });
    expect(result.metric_groups).toStrictEqual([
      {
        name: 'pre_training_bias_metrics - label Target = 1 and facet Gender=0',
        metric_data: [
          { name: 'CI', type: 'number', value: 0.2 },
          { name: 'DPL', type: 'number', value: -0.1 },
        ],
      },
    ]);
    expect(result.warnings).toStrictEqual([]);
  });

  it('read bare NaN as Python writes it and leave that metric out with a warning', () => {
    const text = `{"post_training_bias_metrics": {"label": "Target", "label_value_or_threshold": "1",
      "facets": {"Gender": [{"value_or_threshold": "0", "metrics": [{"name": "DI", "value": NaN}, {"name": "AD", "value": 0.1}]}]}}}`;
    const result = parseReport(text);
    expect(result.metric_groups).toStrictEqual([
      {
        name: 'post_training_bias_metrics - label Target = 1 and facet Gender=0',
        metric_data: [{ name: 'AD', type: 'number', value: 0.1 }],
      },
    ]);
    expect(result.warnings).toStrictEqual([
      'Skipped metric "DI" in group "post_training_bias_metrics - label Target = 1 and facet Gender=0": its value is the text "NaN", not a number.',
    ]);
  });

  it('read the bias part of a combined Clarify analysis.json and say the explainability part can be imported separately', () => {
    const result = parseReport(
      JSON.stringify({
        version: '1.0',
        explanations: { kernel_shap: {} },
        post_training_bias_metrics: section([{ value_or_threshold: '1', metrics: [{ name: 'AD', value: 0.3 }] }]),
      }),
    );
    expect(result.format).toBe('clarify-bias');
    expect(result.metric_groups).toStrictEqual([
      {
        name: 'post_training_bias_metrics - label Target = 1 and facet Gender=1',
        metric_data: [{ name: 'AD', type: 'number', value: 0.3 }],
      },
    ]);
    expect(result.warnings).toStrictEqual([
      'The file also looks like a Clarify explainability report; it was read as a Clarify bias report. Choose the format to read it the other way.',
    ]);
  });

  it('refuse a report whose structure the SDK could not walk, naming the place', () => {
    const cases: [unknown, string, string][] = [
      [{ post_training_bias_metrics: { label: 'T', label_value_or_threshold: '1' } }, 'post_training_bias_metrics.facets', 'expected an object, found nothing'],
      [{ post_training_bias_metrics: section({ value_or_threshold: '0' }) }, 'post_training_bias_metrics.facets.Gender', 'expected an array, found an object'],
      [{ post_training_bias_metrics: section(['0']) }, 'post_training_bias_metrics.facets.Gender[0]', 'expected an object, found the text "0"'],
      [
        { post_training_bias_metrics: section([{ value_or_threshold: '0', metrics: [] }], { label: undefined }) },
        'post_training_bias_metrics.label',
        'this field is required',
      ],
      [{ post_training_bias_metrics: section([{ metrics: [] }]) }, 'post_training_bias_metrics.facets.Gender[0].value_or_threshold', 'this field is required'],
      [
        { post_training_bias_metrics: section([{ value_or_threshold: ['0'], metrics: [] }]) },
        'post_training_bias_metrics.facets.Gender[0].value_or_threshold',
        'expected text or a number, found an array',
      ],
      [
        { post_training_bias_metrics: section([{ value_or_threshold: '0', metrics: { AD: 1 } }]) },
        'post_training_bias_metrics.facets.Gender[0].metrics',
        'expected an array, found an object',
      ],
      [
        { post_training_bias_metrics: section([{ value_or_threshold: '0', metrics: [{ name: 7, value: 1 }] }]) },
        'post_training_bias_metrics.facets.Gender[0].metrics[0].name',
        'expected text, found the number 7',
      ],
    ];
    for (const [report, path, problem] of cases) {
      const error = parseError(() => bias(report));
      expect(error.code).toBe('INVALID_REPORT');
      expect(error.path).toBe(path);
      expect(error.message).toBe(`Invalid Clarify bias report at ${path}: ${problem}.`);
    }
  });

  it('need label and threshold only when a facet has values, as the SDK reads them', () => {
    expect(bias({ post_training_bias_metrics: { facets: { Gender: [] } } }).metric_groups).toStrictEqual([]);
  });
});
