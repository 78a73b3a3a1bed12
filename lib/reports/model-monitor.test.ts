// Model Monitor statistics import as the SageMaker SDK imports them; one it could not walk is refused with the path of the problem.
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';
import { ownFixture, parseError, sagemakerFixture } from './test-fixtures/report-test-helpers';

const monitor = (report: unknown) => parseReport(JSON.stringify(report), { format: 'model-monitor' });

describe('Model Monitor model quality reports', () => {
  it("give exactly the metric groups the SageMaker SDK makes of its binary classification sample, in the SDK's order", () => {
    const expected = JSON.parse(sagemakerFixture('translated_model_monitor_model_quality_binary_classification.json')).metric_groups;
    expect(parseReport(sagemakerFixture('model_monitor_model_quality_binary_classification.json'))).toStrictEqual({
      format: 'model-monitor',
      metric_groups: expected,
      warnings: [],
    });
  });

  it('turn regression metrics into one group with a standard_deviation companion for each metric, ignoring version and dataset', () => {
    expect(parseReport(ownFixture('model-monitor-regression.json'))).toStrictEqual({
      format: 'model-monitor',
      metric_groups: [
        {
          name: 'regression_metrics',
          metric_data: [
            { name: 'mae', type: 'number', value: 1.5916 },
            { name: 'mae - standard_deviation', type: 'number', value: 0.0195 },
            { name: 'mse', type: 'number', value: 5.0305 },
            { name: 'mse - standard_deviation', type: 'number', value: 0.1899 },
            { name: 'rmse', type: 'number', value: 2.2429 },
            { name: 'rmse - standard_deviation', type: 'number', value: 0.0425 },
            { name: 'r2', type: 'number', value: 0.2367 },
            { name: 'r2 - standard_deviation', type: 'number', value: 0.0295 },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('turn multiclass metrics into one group: the confusion matrix by class, and NaN deviations left out', () => {
    expect(parseReport(ownFixture('model-monitor-multiclass.json'))).toStrictEqual({
      format: 'model-monitor',
      metric_groups: [
        {
          name: 'multiclass_classification_metrics',
          metric_data: [
            {
              name: 'confusion_matrix',
              type: 'matrix',
              value: [
                [310, 25, 5],
                [30, 280, 10],
                [8, 12, 320],
              ],
              x_axis_name: ['cat', 'dog', 'bird'],
              y_axis_name: ['cat', 'dog', 'bird'],
            },
            { name: 'accuracy', type: 'number', value: 0.91 },
            { name: 'accuracy - standard_deviation', type: 'number', value: 0.0042 },
            { name: 'weighted_recall', type: 'number', value: 0.91 },
            { name: 'weighted_recall - standard_deviation', type: 'number', value: 0.0042 },
            { name: 'weighted_precision', type: 'number', value: 0.9105 },
            { name: 'weighted_precision - standard_deviation', type: 'number', value: 0.0041 },
            { name: 'weighted_f0_5', type: 'number', value: 0.9102 },
            { name: 'weighted_f1', type: 'number', value: 0.9101 },
            { name: 'weighted_f2', type: 'number', value: 0.91 },
            { name: 'accuracy_best_constant_classifier', type: 'number', value: 0.34 },
            { name: 'accuracy_best_constant_classifier - standard_deviation', type: 'number', value: 0.0061 },
            { name: 'weighted_recall_best_constant_classifier', type: 'number', value: 0.34 },
            { name: 'weighted_recall_best_constant_classifier - standard_deviation', type: 'number', value: 0.0061 },
            { name: 'weighted_precision_best_constant_classifier', type: 'number', value: 0.1156 },
            { name: 'weighted_f1_best_constant_classifier', type: 'number', value: 0.1725 },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('name matrix columns after the last row, as the SDK does', () => {
    const result = monitor({
      multiclass_classification_metrics: { confusion_matrix: { a: { x: 1, y: 2 }, b: { p: 3, q: 4 } } },
    });
    expect(result.metric_groups[0].metric_data).toStrictEqual([
      {
        name: 'confusion_matrix',
        type: 'matrix',
        value: [
          [1, 2],
          [3, 4],
        ],
        x_axis_name: ['a', 'b'],
        y_axis_name: ['p', 'q'],
      },
    ]);
  });

  it('read confusion_matrix and curves as ordinary metrics in a regression group, as the SDK does', () => {
    const result = monitor({ regression_metrics: { confusion_matrix: { value: 3, standard_deviation: 0.5 } } });
    expect(result.metric_groups[0].metric_data).toStrictEqual([
      { name: 'confusion_matrix', type: 'number', value: 3 },
      { name: 'confusion_matrix - standard_deviation', type: 'number', value: 0.5 },
    ]);
  });

  it('import regression only when a report also has classification metrics, and say so', () => {
    const result = monitor({
      binary_classification_metrics: { auc: { value: 0.9, standard_deviation: 'NaN' } },
      regression_metrics: { mae: { value: 1, standard_deviation: 'NaN' } },
    });
    expect(result.metric_groups).toStrictEqual([{ name: 'regression_metrics', metric_data: [{ name: 'mae', type: 'number', value: 1 }] }]);
    expect(result.warnings).toStrictEqual([
      'Only regression_metrics was imported; binary_classification_metrics was left out, as the SDK takes one group of model-quality metrics per report.',
    ]);
  });

  it('import only the first classification group, and say so', () => {
    const result = monitor({
      multiclass_classification_metrics: { accuracy: { value: 0.8, standard_deviation: 0.01 } },
      binary_classification_metrics: { auc: { value: 0.9, standard_deviation: 'NaN' } },
    });
    expect(result.metric_groups.map((group) => group.name)).toStrictEqual(['multiclass_classification_metrics']);
    expect(result.warnings).toStrictEqual([
      'Only multiclass_classification_metrics was imported; binary_classification_metrics was left out, as the SDK takes one group of model-quality metrics per report.',
    ]);
  });

  it('leave out a metric whose value is not a number, with a warning, but keep a numeric deviation', () => {
    const result = monitor({
      binary_classification_metrics: {
        auc: { value: 'NaN', standard_deviation: 0.1 },
        f1: { standard_deviation: 'NaN' },
        recall: { value: true, standard_deviation: false },
      },
    });
    expect(result.metric_groups[0].metric_data).toStrictEqual([{ name: 'auc - standard_deviation', type: 'number', value: 0.1 }]);
    expect(result.warnings).toStrictEqual([
      'Skipped metric "auc" in group "binary_classification_metrics": its value is the text "NaN", not a number.',
      'Skipped metric "f1" in group "binary_classification_metrics": it has no value.',
      'Skipped metric "recall" in group "binary_classification_metrics": its value is the boolean true, not a number.',
    ]);
  });

  it('pair curve values up to the shorter list and say how many points were kept', () => {
    const result = monitor({
      binary_classification_metrics: {
        receiver_operating_characteristic_curve: { false_positive_rates: [0, 0.5, 1], true_positive_rates: [0, 1] },
      },
    });
    expect(result.metric_groups[0].metric_data).toStrictEqual([
      {
        name: 'receiver_operating_characteristic_curve',
        type: 'linear_graph',
        value: [
          [0, 0],
          [0.5, 1],
        ],
        x_axis_name: 'false_positive_rates',
        y_axis_name: 'true_positive_rates',
      },
    ]);
    expect(result.warnings).toStrictEqual([
      'In "receiver_operating_characteristic_curve", false_positive_rates has 3 values but true_positive_rates has 2; only the first 2 points were kept.',
    ]);
  });

  it('keep the first 20 classes of a larger confusion matrix, and say so', () => {
    const classes = Array.from({ length: 23 }, (_, i) => `class ${String(i).padStart(2, '0')}`);
    const matrix = Object.fromEntries(classes.map((row, r) => [row, Object.fromEntries(classes.map((column, c) => [column, r * 100 + c]))]));
    const result = monitor({ multiclass_classification_metrics: { confusion_matrix: matrix } });
    const [metric] = result.metric_groups[0].metric_data;
    expect(metric).toStrictEqual({
      name: 'confusion_matrix',
      type: 'matrix',
      value: Array.from({ length: 20 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 100 + c)),
      x_axis_name: classes.slice(0, 20),
      y_axis_name: classes.slice(0, 20),
    });
    expect(result.warnings).toStrictEqual([
      'In metric "confusion_matrix" in group "multiclass_classification_metrics", the matrix had 23 rows; only the first 20 were kept.',
      'In metric "confusion_matrix" in group "multiclass_classification_metrics", the matrix had 23 columns; only the first 20 were kept.',
    ]);
  });

  it('leave out an empty confusion matrix or one with a cell that is not a number, with a warning', () => {
    const empty = monitor({ binary_classification_metrics: { confusion_matrix: {} } });
    expect(empty.metric_groups).toStrictEqual([{ name: 'binary_classification_metrics', metric_data: [] }]);
    expect(empty.warnings).toStrictEqual(['Skipped metric "confusion_matrix" in group "binary_classification_metrics": it has no rows.']);

    const holed = monitor({ binary_classification_metrics: { confusion_matrix: { 0: { 0: 1, 1: 2 }, 1: { 0: null, 1: 4 } } } });
    expect(holed.warnings).toStrictEqual([
      'Skipped metric "confusion_matrix" in group "binary_classification_metrics": the cell in row 2, column 1 is null, not a number.',
    ]);
  });

  it('refuse a report whose structure the SDK could not walk, naming the place', () => {
    const cases: [unknown, string, string][] = [
      [{ regression_metrics: [] }, 'regression_metrics', 'expected an object, found an array'],
      [{ regression_metrics: { mae: 1.2 } }, 'regression_metrics.mae', 'expected an object, found the number 1.2'],
      [
        { binary_classification_metrics: { confusion_matrix: { 0: [1, 2] } } },
        'binary_classification_metrics.confusion_matrix["0"]',
        'expected an object, found an array',
      ],
      [
        { binary_classification_metrics: { precision_recall_curve: { precisions: [1, 1] } } },
        'binary_classification_metrics.precision_recall_curve.recalls',
        'expected an array, found nothing',
      ],
    ];
    for (const [report, path, problem] of cases) {
      const error = parseError(() => monitor(report));
      expect(error.code).toBe('INVALID_REPORT');
      expect(error.path).toBe(path);
      expect(error.message).toBe(`Invalid Model Monitor model quality report at ${path}: ${problem}.`);
    }
  });
});
