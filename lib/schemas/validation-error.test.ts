import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { describeIssues, formatPath, formatZodIssues, parseJsonText, plainMessage, validateValue } from './validation-error';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['model_overview'], 'model_overview'],
    [['evaluation_details', 0, 'metric_groups', 2, 'name'], 'evaluation_details[0].metric_groups[2].name'],
    [[0, 'name'], '[0].name'],
    [['custom_details', 'custom details1'], 'custom_details["custom details1"]'],
    [['metadata', 'a.b', 'c'], 'metadata["a.b"].c'],
    [['metadata', '1st'], 'metadata["1st"]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatZodIssues with plainMessage', () => {
  const schema = z.strictObject({
    name: z.string().max(3),
    count: z.number().int().positive().optional(),
    tags: z.array(z.string()).min(2).optional(),
    kind: z.enum(['a', 'b']).optional(),
    nested: z.strictObject({ ok: z.boolean() }).optional(),
  });

  it('names each rule in plain words', () => {
    const result = validateValue(schema, { name: 'long', count: 0, tags: ['x'], kind: 'c', nested: { ok: 'yes' } });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'name', message: 'at most 3 characters' },
        { path: 'count', message: 'must be greater than 0' },
        { path: 'tags', message: 'at least 2 items' },
        { path: 'kind', message: 'must be one of a, b' },
        { path: 'nested.ok', message: 'must be a boolean' },
      ],
    });
  });

  it('tells a missing field from a wrong type', () => {
    expect(validateValue(schema, {})).toEqual({ ok: false, issues: [{ path: 'name', message: 'required' }] });
    expect(validateValue(schema, { name: 1 })).toEqual({ ok: false, issues: [{ path: 'name', message: 'must be a string' }] });
    expect(validateValue(schema, { name: 'a', count: 1.5 })).toEqual({
      ok: false,
      issues: [{ path: 'count', message: 'must be an integer' }],
    });
  });

  it('reports one issue per unknown key, pointing at the key', () => {
    const result = schema.safeParse({ name: 'a', x: 1, nested: { ok: true, y: 2, z: 3 } }, { error: plainMessage });
    expect(result.success).toBe(false);
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'nested.y', message: 'unknown key "y"' },
      { path: 'nested.z', message: 'unknown key "z"' },
      { path: 'x', message: 'unknown key "x"' },
    ]);
  });

  it('keeps a message the schema sets itself', () => {
    const named = z.object({ code: z.string().regex(/^[A-Z]+$/, 'must be capital letters') });
    expect(validateValue(named, { code: 'ab' })).toEqual({
      ok: false,
      issues: [{ path: 'code', message: 'must be capital letters' }],
    });
  });
});

describe('describeIssues', () => {
  it('joins issues as "path: message" lines, naming the root', () => {
    expect(
      describeIssues([
        { path: '', message: 'must be an object' },
        { path: 'evaluation_details[0].name', message: 'required' },
      ]),
    ).toBe('(root): must be an object\nevaluation_details[0].name: required');
  });
});

describe('parseJsonText', () => {
  it('returns the parsed value', () => {
    expect(parseJsonText(' {"a": [1, "x\\u00e9", true, null]} ')).toEqual({ ok: true, data: { a: [1, 'x\u00e9', true, null] } });
  });

  it.each([
    ['', 'unexpected end of input at line 1, column 1'],
    ['{"a":}', 'unexpected "}" at line 1, column 6'],
    ['{"a": "b', 'unexpected end of input at line 1, column 9'],
    ['{\n  "model_name": "x",\n}', 'unexpected "}" at line 3, column 1'],
    ['{\r\n  "a": [1,\r\n  2,]\r\n}', 'unexpected "]" at line 3, column 5'],
    ['[1 2]', 'unexpected "2" at line 1, column 4'],
    ['{"a" 1}', 'unexpected "1" at line 1, column 6'],
    ['{,}', 'unexpected "," at line 1, column 2'],
    ['{"a": tru}', 'unexpected "}" at line 1, column 10'],
    ['{"a": 01}', 'unexpected "1" at line 1, column 8'],
    ['{"a": -x}', 'unexpected "x" at line 1, column 8'],
    ['{"a": "\\q"}', 'unexpected "q" at line 1, column 9'],
    ['{"a": "\\u12g4"}', 'unexpected "g" at line 1, column 12'],
    ['{"a": "tab\there"}', 'unexpected "\\t" at line 1, column 11'],
    ["{'a': 1}", `unexpected "'" at line 1, column 2`],
    ['{} {}', 'unexpected "{" at line 1, column 4'],
    ['[1] \u{1F600}', 'unexpected "\u{1F600}" at line 1, column 5'],
  ])('%j: %s', (input, message) => {
    expect(parseJsonText(input)).toEqual({ ok: false, issues: [{ path: '', message: `not valid JSON: ${message}` }] });
  });

  it('locates errors in deeply nested input without overflowing the stack', () => {
    expect(parseJsonText('['.repeat(50_000))).toEqual({
      ok: false,
      issues: [{ path: '', message: 'not valid JSON: unexpected end of input at line 1, column 50001' }],
    });
  });
});
