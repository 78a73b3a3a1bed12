// parseReport recognises each format by shape and refuses bad input with one ReportParseError code per kind of problem.
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, parseReport, REPORT_FORMATS, type ReportFormat } from './parse-report';
import { ownFixture, parseError, sagemakerFixture } from './test-fixtures/report-test-helpers';

const LOOKED_FOR =
  'It looked for a generic model-card metric file (an object with metric_groups), ' +
  'a Clarify bias report (an object with pre_training_bias_metrics or post_training_bias_metrics), ' +
  'a Clarify explainability report (an object with explanations) or ' +
  'a Model Monitor model quality report (an object with regression_metrics, binary_classification_metrics or multiclass_classification_metrics)';

describe('parseReport', () => {
  it('recognises each format by its shape', () => {
    const files: [string, ReportFormat][] = [
      [sagemakerFixture('clarify_bias.json'), 'clarify-bias'],
      [sagemakerFixture('model_monitor_model_quality_binary_classification.json'), 'model-monitor'],
      [ownFixture('clarify-explainability.json'), 'clarify-explainability'],
      [ownFixture('model-monitor-regression.json'), 'model-monitor'],
      [ownFixture('model-monitor-multiclass.json'), 'model-monitor'],
      [ownFixture('generic.json'), 'generic'],
      [JSON.stringify({ custom_bias_section: { label: 'y', label_value_or_threshold: 1, facets: {} } }), 'clarify-bias'],
    ];
    for (const [text, format] of files) expect(parseReport(text).format).toBe(format);
    expect(REPORT_FORMATS).toStrictEqual(['generic', 'clarify-bias', 'clarify-explainability', 'model-monitor']);
  });

  it('gives the same result when the matching format is named', () => {
    const text = sagemakerFixture('clarify_bias.json');
    expect(parseReport(text, { format: 'clarify-bias' })).toStrictEqual(parseReport(text));
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseReport(`\uFEFF${ownFixture('generic.json')}`).format).toBe('generic');
  });

  describe('refuses', () => {
    it('a file over 5 MB, counting UTF-8 bytes rather than characters', () => {
      const filler = (length: number) => JSON.stringify({ metric_groups: [], pad: 'x'.repeat(length) });
      const base = filler(0).length;
      expect(parseReport(filler(MAX_REPORT_BYTES - base)).metric_groups).toStrictEqual([]);
      const tooLarge = parseError(() => parseReport(filler(MAX_REPORT_BYTES - base + 1)));
      expect(tooLarge.code).toBe('TOO_LARGE');
      expect(tooLarge.message).toBe('The report is larger than 5 MB (5,242,880 bytes), the most Cardinal reads.');

      const accents = JSON.stringify({ metric_groups: [], pad: 'é'.repeat(MAX_REPORT_BYTES / 2) });
      expect(accents.length).toBeLessThan(MAX_REPORT_BYTES);
      expect(parseError(() => parseReport(accents)).code).toBe('TOO_LARGE');
    });

    it('text that is not JSON, with the line and column of the first bad character', () => {
      const cases: [string, number, number, string][] = [
        ['{\n  "metric_groups": [\n    1,\n  ]\n}', 4, 3, 'unexpected "]"'],
        ['{\n  metric_groups: []\n}', 2, 3, 'unexpected "m"'],
        ['{"metric_groups": []', 1, 21, 'unexpected end of file'],
        ['', 1, 1, 'unexpected end of file'],
        ['{"a": "tab\tinside"}', 1, 11, 'unexpected "\\t"'],
        ['{"a": "\\x"}', 1, 9, 'unexpected "x"'],
        ['{"a": tru}', 1, 10, 'unexpected "}"'],
        ['{"a": 01}', 1, 8, 'unexpected "1"'],
        ['{"a": NaN, "b": }', 1, 17, 'unexpected "}"'],
        ['[1] [2]', 1, 5, 'unexpected "["'],
        ['\uFEFF{\n"a" 1}', 2, 5, 'unexpected "1"'],
      ];
      for (const [text, line, column, found] of cases) {
        const error = parseError(() => parseReport(text));
        expect(error.code).toBe('MALFORMED_JSON');
        expect({ line: error.line, column: error.column }).toStrictEqual({ line, column });
        expect(error.message).toBe(`The file is not valid JSON: ${found} at line ${line}, column ${column}.`);
      }
    });

    it('a file of no known shape, naming the shapes it looked for and what it found', () => {
      const cases: [string, string][] = [
        [JSON.stringify({ accuracy: 0.9, loss: 0.1 }), 'an object with the keys "accuracy", "loss"'],
        [JSON.stringify([{ metric_groups: [] }]), 'an array'],
        ['{}', 'an empty object'],
        ['42', 'a single number'],
        ['null', 'null'],
      ];
      for (const [text, found] of cases) {
        const error = parseError(() => parseReport(text));
        expect(error.code).toBe('UNRECOGNISED');
        expect(error.message).toBe(`This file is not a report Cardinal can read. ${LOOKED_FOR}, but the file is ${found}.`);
      }
    });

    it('a format name that is not one of REPORT_FORMATS', () => {
      const error = parseError(() => parseReport('{}', { format: 'clarify' as ReportFormat }));
      expect(error.code).toBe('UNRECOGNISED');
      expect(error.message).toBe('"clarify" is not a report format. Choose one of generic, clarify-bias, clarify-explainability, model-monitor.');
    });

    it('a file that is not of the format asked for, saying what was expected and what was found', () => {
      const monitor = parseError(() => parseReport(sagemakerFixture('clarify_bias.json'), { format: 'model-monitor' }));
      expect(monitor).toMatchObject({ code: 'FORMAT_MISMATCH', expected: 'model-monitor', found: 'clarify-bias' });
      expect(monitor.message).toBe(
        'Expected a Model Monitor model quality report (an object with regression_metrics, binary_classification_metrics or multiclass_classification_metrics), but the file is a Clarify bias report.',
      );

      const unknown = parseError(() => parseReport('{"version": "1.0"}', { format: 'clarify-explainability' }));
      expect(unknown).toMatchObject({ code: 'FORMAT_MISMATCH', expected: 'clarify-explainability', found: null });
      expect(unknown.message).toBe('Expected a Clarify explainability report (an object with explanations), but the file is an object with the key "version".');
    });
  });

  it('reads bare NaN, Infinity and -Infinity as Python writes them, leaving those values out with warnings', () => {
    const text = '{"regression_metrics": {"mae": {"value": NaN, "standard_deviation": Infinity}, "mse": {"value": -Infinity, "standard_deviation": 0.5}}}';
    expect(parseReport(text)).toStrictEqual({
      format: 'model-monitor',
      metric_groups: [{ name: 'regression_metrics', metric_data: [{ name: 'mse - standard_deviation', type: 'number', value: 0.5 }] }],
      warnings: [
        'Skipped metric "mae" in group "regression_metrics": its value is the text "NaN", not a number.',
        'Skipped metric "mse" in group "regression_metrics": its value is the text "-Infinity", not a number.',
      ],
    });
  });

  it('leaves out a number too large for a double, as Python reads it as inf', () => {
    const result = parseReport('{"regression_metrics": {"mae": {"value": 1e999, "standard_deviation": 1}}}');
    expect(result.warnings).toStrictEqual(['Skipped metric "mae" in group "regression_metrics": its value is a number too large to store, not a number.']);
  });

  it('says which other formats a file looked like when it picked one', () => {
    const result = parseReport(JSON.stringify({ metric_groups: [], regression_metrics: {} }));
    expect(result).toStrictEqual({
      format: 'generic',
      metric_groups: [],
      warnings: [
        'The file also looks like a Model Monitor model quality report; it was read as a generic model-card metric file. Choose the format to read it the other way.',
      ],
    });
  });

  it('shows at most 100 warnings, the last saying how many more there were', () => {
    const metrics = Array.from({ length: 150 }, (_, i) => [`m${i}`, { value: 'NaN', standard_deviation: 'NaN' }]);
    const { warnings } = parseReport(JSON.stringify({ regression_metrics: Object.fromEntries(metrics) }));
    expect(warnings).toHaveLength(100);
    expect(warnings[98]).toBe('Skipped metric "m98" in group "regression_metrics": its value is the text "NaN", not a number.');
    expect(warnings[99]).toBe('51 more warnings are not shown.');
  });
});
