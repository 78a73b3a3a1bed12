// Clarify explainability reports import as the SageMaker SDK imports them; one it could not walk is refused with the path of the problem.
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';
import { ownFixture, parseError } from './test-fixtures/report-test-helpers';

const explainability = (explanations: unknown) => parseReport(JSON.stringify({ explanations }), { format: 'clarify-explainability' });

const pdpEntry = (overrides: Record<string, unknown>) => ({
  feature_name: 'Age',
  data_type: 'numerical',
  feature_values: [20, 30],
  data_distribution: [0.4, 0.6],
  model_predictions: [[0.7, 0.8]],
  label_headers: ['label0'],
  ...overrides,
});

describe('Clarify explainability reports', () => {
  it('give SHAP groups per label and feature, then one PDP group of line graphs and bar charts', () => {
    const pdp = (name: string, type: string, value: unknown, x: unknown, y: string) => ({ name, type, value, x_axis_name: x, y_axis_name: y });
    const animals = ['Cat', 'Dog', 'Horse', 'Bird'];
    expect(parseReport(ownFixture('clarify-explainability.json'))).toStrictEqual({
      format: 'clarify-explainability',
      metric_groups: [
        {
          name: 'explanations - global_shap_values, label=label0',
          metric_data: [
            { name: 'Marital Status', type: 'number', value: 0.0286 },
            { name: 'Occupation', type: 'number', value: 0.0266 },
            { name: 'Country', type: 'number', value: 0.0463 },
          ],
        },
        {
          name: 'explanations - global_top_shap_text, label=label0, feature=review_text',
          metric_data: [
            { name: 'charming', type: 'number', value: 0.0408 },
            { name: 'magnificent', type: 'number', value: 0.0301 },
          ],
        },
        {
          name: 'explanations - global_top_shap_text, label=label0, feature=title',
          metric_data: [{ name: 'dull', type: 'number', value: -0.012 }],
        },
        {
          name: 'explanations - global_shap_values, label=label1',
          metric_data: [
            { name: 'Marital Status', type: 'number', value: 0.0114 },
            { name: 'Occupation', type: 'number', value: 0.0412 },
            { name: 'Country', type: 'number', value: 0.0087 },
          ],
        },
        {
          name: 'explanations - pdp',
          metric_data: [
            pdp(
              'data_distribution - feature=Age',
              'linear_graph',
              [
                [20.87, 0.05],
                [24.6, 0.165],
                [28.33, 0.15],
                [32.07, 0.095],
              ],
              'Age',
              'Data distribution',
            ),
            pdp(
              'model_predictions - feature=Age, label=label0',
              'linear_graph',
              [
                [20.87, 0.703],
                [24.6, 0.679],
                [28.33, 0.701],
                [32.07, 0.733],
              ],
              'Age',
              'label0',
            ),
            pdp(
              'model_predictions - feature=Age, label=label1',
              'linear_graph',
              [
                [20.87, 0.297],
                [24.6, 0.321],
                [28.33, 0.299],
                [32.07, 0.267],
              ],
              'Age',
              'label1',
            ),
            pdp('data_distribution - feature=Animal', 'bar_chart', [0.1, 0.11, 0.245, 0.06], animals, 'Data distribution'),
            pdp('model_predictions - feature=Animal, label=label0', 'bar_chart', [0.815, 0.787, 0.741, 0.71], animals, 'label0'),
            pdp('model_predictions - feature=Animal, label=label1', 'bar_chart', [0.185, 0.213, 0.259, 0.29], animals, 'label1'),
          ],
        },
      ],
      warnings: [],
    });
  });

  it('type each SHAP value by its JSON type and leave out values that are no metric', () => {
    const result = explainability({
      kernel_shap: { yes: { global_shap_values: { age: 1, city: 'Paris', member: false, income: null } } },
    });
    expect(result.metric_groups).toStrictEqual([
      {
        name: 'explanations - global_shap_values, label=yes',
        metric_data: [
          { name: 'age', type: 'number', value: 1 },
          { name: 'city', type: 'string', value: 'Paris' },
          { name: 'member', type: 'boolean', value: false },
        ],
      },
    ]);
    expect(result.warnings).toStrictEqual([
      'Skipped metric "income" in group "explanations - global_shap_values, label=yes": its value is null, not a number.',
    ]);
  });

  it('give no groups for a report without kernel_shap or pdp, and an empty PDP group for an empty pdp list', () => {
    expect(explainability({}).metric_groups).toStrictEqual([]);
    expect(explainability({ pdp: [] }).metric_groups).toStrictEqual([{ name: 'explanations - pdp', metric_data: [] }]);
  });

  it('write numeric feature names and labels as text, saying so where the SDK would have stored a number', () => {
    const result = explainability({
      pdp: [pdpEntry({ feature_name: 3, data_type: 'categorical', feature_values: [1, 2], label_headers: [1] })],
    });
    expect(result.metric_groups[0].metric_data).toStrictEqual([
      { name: 'data_distribution - feature=3', type: 'bar_chart', value: [0.4, 0.6], x_axis_name: ['1', '2'], y_axis_name: 'Data distribution' },
      { name: 'model_predictions - feature=3, label=1', type: 'bar_chart', value: [0.7, 0.8], x_axis_name: ['1', '2'], y_axis_name: '1' },
    ]);
    expect(result.warnings).toStrictEqual([
      'In metric "data_distribution - feature=3" in group "explanations - pdp", 2 of the x-axis labels were numbers or booleans and were written as text.',
      'In metric "model_predictions - feature=3, label=1" in group "explanations - pdp", 2 of the x-axis labels were numbers or booleans and were written as text.',
      'In metric "model_predictions - feature=3, label=1" in group "explanations - pdp", the y-axis name was the number 1, not text, and was written as "1".',
    ]);
  });

  it('pair numerical PDP values up to the shorter list, saying how many points were kept', () => {
    const result = explainability({ pdp: [pdpEntry({ data_distribution: [0.4] })] });
    expect(result.metric_groups[0].metric_data[0]).toStrictEqual({
      name: 'data_distribution - feature=Age',
      type: 'linear_graph',
      value: [[20, 0.4]],
      x_axis_name: 'Age',
      y_axis_name: 'Data distribution',
    });
    expect(result.warnings).toStrictEqual([
      'In PDP metric "data_distribution - feature=Age", feature_values has 2 values but data_distribution has 1; only the first point was kept.',
    ]);
  });

  it('leave out a PDP feature of an unknown data type, as the SDK does, and say so', () => {
    const result = explainability({ pdp: [pdpEntry({ data_type: 'text' })] });
    expect(result.metric_groups).toStrictEqual([{ name: 'explanations - pdp', metric_data: [] }]);
    expect(result.warnings).toStrictEqual([
      'The PDP entry at explanations.pdp[0] was left out, as the SDK does: its data_type is the text "text", neither "numerical" nor "categorical".',
    ]);
  });

  it('refuse a report whose structure the SDK could not walk, naming the place', () => {
    const cases: [unknown, string, string][] = [
      ['none', 'explanations', 'expected an object, found the text "none"'],
      [{ kernel_shap: { label0: [] } }, 'explanations.kernel_shap.label0', 'expected an object, found an array'],
      [{ kernel_shap: { label0: { global_shap_values: [0.1] } } }, 'explanations.kernel_shap.label0.global_shap_values', 'expected an object, found an array'],
      [
        { kernel_shap: { label0: { global_top_shap_text: { review: 3 } } } },
        'explanations.kernel_shap.label0.global_top_shap_text.review',
        'expected an object, found the number 3',
      ],
      [{ pdp: { Age: {} } }, 'explanations.pdp', 'expected an array, found an object'],
      [{ pdp: [pdpEntry({ data_type: undefined })] }, 'explanations.pdp[0].data_type', 'this field is required'],
      [{ pdp: [pdpEntry({ feature_values: 'a,b' })] }, 'explanations.pdp[0].feature_values', 'expected an array, found the text "a,b"'],
      [
        { pdp: [pdpEntry({ label_headers: ['a', 'b'] })] },
        'explanations.pdp[0].model_predictions',
        'expected one list of predictions per label header (2), found 1',
      ],
      [{ pdp: [pdpEntry({ model_predictions: [0.7] })] }, 'explanations.pdp[0].model_predictions[0]', 'expected an array, found the number 0.7'],
      [{ pdp: [pdpEntry({ label_headers: [{ name: 'a' }] })] }, 'explanations.pdp[0].label_headers[0]', 'expected text or a number, found an object'],
    ];
    for (const [explanations, path, problem] of cases) {
      const error = parseError(() => explainability(explanations));
      expect(error.code).toBe('INVALID_REPORT');
      expect(error.path).toBe(path);
      expect(error.message).toBe(`Invalid Clarify explainability report at ${path}: ${problem}.`);
    }
  });
});
