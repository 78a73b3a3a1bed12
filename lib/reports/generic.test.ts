// Generic metric files pass through as given, repaired into valid content where they break the schema, with a warning for every change.
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';
import { ownFixture, parseError } from './test-fixtures/report-test-helpers';

const generic = (metric_groups: unknown) => parseReport(JSON.stringify({ metric_groups }), { format: 'generic' });
const oneMetric = (metric: Record<string, unknown>) => generic([{ name: 'g', metric_data: [{ name: 'm', ...metric }] }]);

describe('generic model-card metric files', () => {
  it('pass every metric type through unchanged', () => {
    const text = ownFixture('generic.json');
    expect(parseReport(text)).toStrictEqual({ format: 'generic', metric_groups: JSON.parse(text).metric_groups, warnings: [] });
  });

  it('keep only the fields a metric group and a metric have, saying what was left out', () => {
    const result = generic([{ name: 'g', owner: 'me', metric_data: [{ name: 'm', type: 'number', value: 1, unit: '%', source: 'x' }] }]);
    expect(result.metric_groups).toStrictEqual([{ name: 'g', metric_data: [{ name: 'm', type: 'number', value: 1 }] }]);
    expect(result.warnings).toStrictEqual([
      'Group "g" had the field "owner" that a metric group does not keep; left out.',
      'Metric "m" in group "g" had the fields "unit", "source" that a metric cannot have; left out.',
    ]);
  });

  it('leave out, with a warning, a metric whose value does not match its type', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'number', value: '0.5' }, 'its value is the text "0.5", not a number'],
      [{ type: 'string', value: 3 }, 'its value is the number 3, not text'],
      [{ type: 'boolean', value: 'true' }, 'its value is the text "true", not true or false'],
      [{ type: 'linear_graph', value: { x: 1 } }, 'its value is an object, not a list of [x, y] points'],
      [{ type: 'linear_graph', value: [] }, 'it has no points'],
      [{ type: 'linear_graph', value: [[1], [1, 2, 3]] }, 'none of its 2 points is a pair of numbers'],
      [{ type: 'bar_chart', value: 4 }, 'its value is the number 4, not a list of numbers'],
      [{ type: 'bar_chart', value: [] }, 'it has no bars'],
      [{ type: 'bar_chart', value: ['a'] }, 'none of its 1 bars is a number'],
      [{ type: 'matrix', value: [1, 2] }, 'its value is an array, not a list of rows of numbers'],
      [{ type: 'matrix', value: [[1], []] }, 'row 2 is empty'],
      [{ type: 'matrix', value: [[1, 'x']] }, 'the cell in row 1, column 2 is the text "x", not a number'],
      [{ type: 'number' }, 'it has no value'],
    ];
    for (const [metric, why] of cases) {
      const result = oneMetric(metric);
      expect(result.metric_groups).toStrictEqual([{ name: 'g', metric_data: [] }]);
      expect(result.warnings).toStrictEqual([`Skipped metric "m" in group "g": ${why}.`]);
    }
  });

  it('shorten texts past their limits and mark them with an ellipsis, saying so', () => {
    const result = oneMetric({ type: 'string', value: 'v'.repeat(64), notes: 'n'.repeat(1025), x_axis_name: 'x'.repeat(70) });
    expect(result.metric_groups[0].metric_data).toStrictEqual([
      { name: 'm', type: 'string', value: `${'v'.repeat(62)}…`, notes: `${'n'.repeat(1023)}…`, x_axis_name: `${'x'.repeat(62)}…` },
    ]);
    expect(result.warnings).toStrictEqual([
      'In metric "m" in group "g", the notes were longer than 1024 characters and were shortened.',
      'In metric "m" in group "g", the value was longer than 63 characters and was shortened.',
      'In metric "m" in group "g", the x-axis name was longer than 63 characters and was shortened.',
    ]);
  });

  it('count characters as code points, so emoji are neither split nor counted twice', () => {
    const result = oneMetric({ type: 'string', value: '😀'.repeat(63) });
    expect(result.metric_groups[0].metric_data[0].value).toBe('😀'.repeat(63));
    expect(result.warnings).toStrictEqual([]);
  });

  it('keep the good points and bars, leaving out the rest with their labels', () => {
    const graph = oneMetric({
      type: 'linear_graph',
      value: [
        [0, 1],
        [1, 'NaN'],
        [2, 3],
      ],
    });
    expect(graph.metric_groups[0].metric_data).toStrictEqual([
      {
        name: 'm',
        type: 'linear_graph',
        value: [
          [0, 1],
          [2, 3],
        ],
      },
    ]);
    expect(graph.warnings).toStrictEqual(['In metric "m" in group "g", 1 of 3 points were not pairs of numbers and were left out.']);

    const chart = oneMetric({ type: 'bar_chart', value: [1, null, 3], x_axis_name: ['a', 'b', 'c'] });
    expect(chart.metric_groups[0].metric_data).toStrictEqual([{ name: 'm', type: 'bar_chart', value: [1, 3], x_axis_name: ['a', 'c'] }]);
    expect(chart.warnings).toStrictEqual(['In metric "m" in group "g", 1 of 3 bars were not numbers and were left out with their labels.']);
  });

  it('leave out axis names and notes that cannot be text, saying so', () => {
    const result = oneMetric({ type: 'matrix', value: [[1]], notes: 5, x_axis_name: 'row', y_axis_name: ['a', null] });
    expect(result.metric_groups[0].metric_data).toStrictEqual([{ name: 'm', type: 'matrix', value: [[1]] }]);
    expect(result.warnings).toStrictEqual([
      'In metric "m" in group "g", the notes were the number 5, not text, and were left out.',
      'In metric "m" in group "g", the x-axis labels were the text "row", not a list of texts, and were left out.',
      'In metric "m" in group "g", the y-axis labels included null, which is not text, so they were left out.',
    ]);

    const single = oneMetric({ type: 'number', value: 1, y_axis_name: ['a'] });
    expect(single.metric_groups[0].metric_data).toStrictEqual([{ name: 'm', type: 'number', value: 1 }]);
    expect(single.warnings).toStrictEqual(['In metric "m" in group "g", the y-axis name was an array, not text, and was left out.']);
  });

  it('name groups and metrics whose names are empty or only line breaks, saying so', () => {
    const result = generic([{ name: '', metric_data: [{ name: '\n', type: 'boolean', value: true }] }]);
    expect(result.metric_groups).toStrictEqual([{ name: 'Unnamed group', metric_data: [{ name: 'Unnamed metric', type: 'boolean', value: true }] }]);
    expect(result.warnings).toStrictEqual([
      'A metric group had an empty name; it was named "Unnamed group".',
      'A metric in group "Unnamed group" had an empty name; it was named "Unnamed metric".',
    ]);
  });

  it('keep group names longer than 63 characters, which SageMaker accepts and its own SDK writes', () => {
    const name = 'post_training_bias_metrics - label Target = 1 and facet Gender=0';
    expect(generic([{ name, metric_data: [] }])).toStrictEqual({ format: 'generic', metric_groups: [{ name, metric_data: [] }], warnings: [] });
  });

  it('keep what fits in a card when the groups exceed the 100,000-character content limit, naming what was left out', () => {
    const points = Array.from({ length: 6000 }, (_, i) => [i, i / 3]);
    const result = generic([
      {
        name: 'curves',
        metric_data: [
          { name: 'huge', type: 'linear_graph', value: points },
          { name: 'small', type: 'number', value: 1 },
        ],
      },
      { name: 'more', metric_data: [{ name: 'tiny', type: 'number', value: 2 }] },
    ]);
    expect(result.metric_groups).toStrictEqual([
      { name: 'curves', metric_data: [{ name: 'small', type: 'number', value: 1 }] },
      { name: 'more', metric_data: [{ name: 'tiny', type: 'number', value: 2 }] },
    ]);
    expect(result.warnings).toStrictEqual([
      `The metric groups are larger than a model card's content can hold (100,000 characters), so 1 item was left out: "huge" in "curves".`,
    ]);
  });

  it('refuse a file that does not follow the metric schema, naming the place', () => {
    const cases: [unknown, string, string][] = [
      [{ name: 'g' }, 'metric_groups', 'expected an array, found an object'],
      [['g'], 'metric_groups[0]', 'expected an object, found the text "g"'],
      [[{ metric_data: [] }], 'metric_groups[0].name', 'expected text, found nothing'],
      [[{ name: 'g' }], 'metric_groups[0].metric_data', 'expected an array, found nothing'],
      [[{ name: 'g', metric_data: [{ type: 'number', value: 1 }] }], 'metric_groups[0].metric_data[0].name', 'expected text, found nothing'],
      [
        [{ name: 'g', metric_data: [{ name: 'm', type: 'pie', value: 1 }] }],
        'metric_groups[0].metric_data[0].type',
        'expected one of number, string, boolean, linear_graph, bar_chart, matrix, found the text "pie"',
      ],
    ];
    for (const [metricGroups, path, problem] of cases) {
      const error = parseError(() => generic(metricGroups));
      expect(error.code).toBe('INVALID_REPORT');
      expect(error.path).toBe(path);
      expect(error.message).toBe(`Invalid generic model-card metric file at ${path}: ${problem}.`);
    }
  });
});
