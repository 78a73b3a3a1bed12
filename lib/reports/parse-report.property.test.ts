// Whatever the input, parseReport returns valid metric groups or throws a ReportParseError, never anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_CHARS, ZMetricGroup } from '../schemas/model-card-content';
import { ReportParseError } from './errors';
import { parseReport, REPORT_FORMATS, type ReportFormat } from './parse-report';
import { ownFixture, parseError, sagemakerFixture } from './test-fixtures/report-test-helpers';

const FIXTURE_TEXTS = [
  sagemakerFixture('clarify_bias.json'),
  sagemakerFixture('model_monitor_model_quality_binary_classification.json'),
  ownFixture('clarify-explainability.json'),
  ownFixture('model-monitor-regression.json'),
  ownFixture('model-monitor-multiclass.json'),
  ownFixture('generic.json'),
];
const SIGNATURE_KEYS = [
  'metric_groups',
  'pre_training_bias_metrics',
  'post_training_bias_metrics',
  'explanations',
  'regression_metrics',
  'binary_classification_metrics',
  'multiclass_classification_metrics',
];
const ERROR_CODES = ['MALFORMED_JSON', 'UNRECOGNISED', 'FORMAT_MISMATCH', 'TOO_LARGE', 'INVALID_REPORT'];
/** Marks a string to be written as a bare literal, the way Python writes non-finite floats. */
const BARE = '\u0000bare:';
/** Marks a value to be written nested thousands of levels deep; built as text, since JSON.stringify would overflow the stack. */
const DEEP = '\u0000deep:';

/** The property: valid metric groups that fit in a card, or a ReportParseError; never any other exception. */
function expectValidOutcome(text: string, format: string | undefined): void {
  let result;
  try {
    result = parseReport(text, format === undefined ? {} : { format: format as ReportFormat });
  } catch (error) {
    if (!(error instanceof ReportParseError)) throw error;
    expect(ERROR_CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(0);
    if (error.code === 'MALFORMED_JSON') {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  expect(REPORT_FORMATS).toContain(result.format);
  for (const group of result.metric_groups) {
    const parsed = ZMetricGroup.safeParse(group);
    if (!parsed.success) throw new Error(`invalid group ${JSON.stringify(group).slice(0, 500)}: ${parsed.error.message}`);
  }
  expect(JSON.stringify(result.metric_groups).length).toBeLessThanOrEqual(MAX_CONTENT_CHARS);
  expect(result.warnings.every((warning) => typeof warning === 'string')).toBe(true);
  expect(result.warnings.length).toBeLessThanOrEqual(100);
}

const formatArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom<string>(...REPORT_FORMATS) },
  { weight: 1, arbitrary: fc.constantFrom('bogus', '', 'toString') },
);

type Container = Record<string, unknown> | unknown[];
type Slot = { parent: Container; key: string | number };

/** Every place in a JSON tree that holds a value, found without recursion. */
function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    const container = node as Container;
    const keys = Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
    for (const key of keys) {
      slots.push({ parent: container, key });
      pending.push((container as Record<string | number, unknown>)[key]);
    }
  }
  return slots;
}

function swapType(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]));
  return Object.values(value as object);
}

const mutationArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'non-finite', 'swap', 'huge', 'deep', 'wide', 'rename', 'null'),
  replacement: fc.jsonValue({ maxDepth: 3 }),
  size: fc.integer({ min: 1, max: 8_000 }),
  literal: fc.constantFrom('NaN', 'Infinity', '-Infinity'),
  bare: fc.boolean(),
  newKey: fc.constantFrom('__proto__', 'constructor', 'toString', '', '0', '10', 'x'.repeat(300), 'value', 'facets'),
});

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(root: unknown, mutation: Mutation): void {
  const slots = slotsOf(root);
  if (slots.length === 0) return;
  const { parent, key } = slots[mutation.at % slots.length];
  const record = parent as Record<string | number, unknown>;
  const current = record[key];
  switch (mutation.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete record[key];
      return;
    case 'replace':
      // A copy, so later mutations never reach into the value fast-check generated and reports.
      record[key] = structuredClone(mutation.replacement);
      return;
    case 'non-finite':
      record[key] = mutation.bare ? `${BARE}${mutation.literal}` : mutation.literal;
      return;
    case 'swap':
      record[key] = swapType(current);
      return;
    case 'huge':
      record[key] = Array.from({ length: mutation.size }, (_, i) => (mutation.bare ? [i, i / 7] : i % 13));
      return;
    case 'deep':
      record[key] = `${DEEP}${mutation.size}:${mutation.bare ? '{' : '['}:${JSON.stringify(current) ?? 'null'}`;
      return;
    case 'wide':
      record[key] = Object.fromEntries(Array.from({ length: Math.min(mutation.size, 500) }, (_, i) => [`k${i}`, { value: i, standard_deviation: 'NaN' }]));
      return;
    case 'rename':
      if (Array.isArray(parent)) return;
      delete record[key];
      // defineProperty, not assignment: "__proto__" must become an own key, as JSON.parse makes it.
      Object.defineProperty(parent, mutation.newKey, { value: current, enumerable: true, writable: true, configurable: true });
      return;
    case 'null':
      record[key] = null;
      return;
  }
}

function writeReport(value: unknown): string {
  return JSON.stringify(value)
    .replace(/"\\u0000bare:(NaN|Infinity|-Infinity)"/g, '$1')
    .replace(/"\\u0000deep:(?:[^"\\]|\\.)*"/g, (literal) => {
      const marker = (JSON.parse(literal) as string).slice(DEEP.length);
      const [depth, open] = marker.split(':', 2);
      const inner = marker.slice(depth.length + open.length + 2);
      const [start, end] = open === '{' ? ['{"a":', '}'] : ['[', ']'];
      return start.repeat(Number(depth)) + inner + end.repeat(Number(depth));
    });
}

const editsArb = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    insert: fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', '\\u12', 'NaN', '-', '.', 'e', '01', '\n', 'x', 't', '1e999', '\u0001'),
    truncate: fc.boolean(),
  }),
  { minLength: 1, maxLength: 3 },
);

function applyEdits(text: string, edits: typeof editsArb extends fc.Arbitrary<infer E> ? E : never): string {
  let edited = text;
  for (const { at, remove, insert, truncate } of edits) {
    const index = at % (edited.length + 1);
    edited = truncate ? edited.slice(0, index) : edited.slice(0, index) + insert + edited.slice(index + remove);
  }
  return edited;
}

/** The offset V8's JSON.parse names ("at position N", or the end for "Unexpected end of JSON input"), if it names one. */
function jsonParseErrorOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    if (message.includes('Unexpected end of JSON input')) return text.length;
    const position = /at position (\d+)/.exec(message);
    return position ? Number(position[1]) : undefined;
  }
}

describe('parseReport on arbitrary input', () => {
  it('returns valid metric groups or throws a ReportParseError for random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), formatArb, (value, format) => expectValidOutcome(JSON.stringify(value) ?? 'null', format)),
      { numRuns: 1000 },
    );
  });

  it('does the same for random objects under the keys each format is recognised by', () => {
    const shaped = fc.dictionary(fc.oneof(fc.constantFrom(...SIGNATURE_KEYS), fc.string()), fc.jsonValue({ maxDepth: 6 }), {
      minKeys: 1,
      maxKeys: 4,
    });
    fc.assert(
      fc.property(shaped, formatArb, (value, format) => expectValidOutcome(JSON.stringify(value), format)),
      { numRuns: 400 },
    );
  });

  it('does the same for mutated real reports: deleted keys, swapped types, NaN and Infinity, huge arrays, deep nesting', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_TEXTS), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), formatArb, (text, mutations, format) => {
        const report: unknown = JSON.parse(text);
        for (const mutation of mutations) mutate(report, mutation);
        expectValidOutcome(writeReport(report), format);
      }),
      { numRuns: 2000 },
    );
  });

  it('does the same for report text cut short or with characters inserted and removed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_TEXTS), editsArb, formatArb, (text, edits, format) => expectValidOutcome(applyEdits(text, edits), format)),
      { numRuns: 1000 },
    );
  });

  it('points a MALFORMED_JSON error at the line and column of the position JSON.parse names, where it names one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_TEXTS), editsArb, (text, edits) => {
        const corrupted = applyEdits(text, edits);
        const offset = jsonParseErrorOffset(corrupted);
        // Python's literals are valid here and an error JSON.parse reports at them is not one.
        fc.pre(offset !== undefined && !/NaN|Infinity/.test(corrupted));
        const before = corrupted.slice(0, offset);
        const error = parseError(() => parseReport(corrupted));
        expect(error.code).toBe('MALFORMED_JSON');
        expect({ line: error.line, column: error.column }).toStrictEqual({
          line: before.split('\n').length,
          column: before.length - before.lastIndexOf('\n'),
        });
      }),
      { numRuns: 600 },
    );
  });
});
