import { describe, expect, it } from 'vitest';
import { lineAndColumn, scanJson } from './scan-json';

const PYTHON_LITERALS = ['NaN', 'Infinity', '-Infinity'] as const;

describe('scanJson', () => {
  it.each(['0', '-0.5e+10', '"x\\u00e9\\n\\"\\/"', ' {"a": [1, "b", true, false, null, {}, []], "c": {"d": -1E-2}} ', '[]', '\t\r\n[ ]\n'])(
    'finds no error in valid JSON %j',
    (text) => {
      expect(scanJson(text)).toEqual({ errorOffset: undefined, literals: [] });
    },
  );

  it.each([
    ['trailing comma in an array', '[1, 2,]', 6],
    ['trailing comma in an object', '{"a": 1,}', 8],
    ['bad escape, at its letter', '"a\\qb"', 3],
    ['bad unicode escape, at the non-hex digit', '"\\u12g4"', 5],
    ['control character in a string', '"tab\there"', 4],
    ['unterminated string, at the end', '{"a": "b', 8],
    ['lone minus, at what follows it', '[-]', 2],
    ['lone minus at the end', '-', 1],
    ['leading zero, at the second digit', '01', 1],
    ['truncated literal, at the character that broke it', '[tru]', 4],
    ['truncated literal at the end', 'fals', 4],
    ['empty text', '', 0],
    ['early end inside an array', '[1, [2', 6],
    ['early end after a key', '{"a"', 4],
    ['missing colon', '{"a" 1}', 5],
    ['missing comma', '[1 2]', 3],
    ['single-quoted key', "{'a': 1}", 1],
    ['second top-level value', '{} {}', 3],
  ])('%s: %j fails at %i', (_, text, offset) => {
    expect(scanJson(text).errorOffset).toBe(offset);
  });

  it.each([
    ['[1.]', 3],
    ['1e', 2],
    ['{"a": 1.5E-}', 11],
    ['[1.e5]', 3],
  ])('reports the unfinished number in %j where it was cut short (%i)', (text, atBreak) => {
    expect(scanJson(text).errorOffset).toBe(atBreak);
  });

  it('agrees with the position V8 JSON.parse names for an unfinished number', () => {
    for (const text of ['[1.]', '1e', '{"a": 1.5E-}']) {
      const named = /at position (\d+)/.exec(captureError(() => JSON.parse(text)))?.[1];
      expect(scanJson(text).errorOffset).toBe(Number(named));
    }
  });

  it('scans 100,000 levels of nesting without overflowing the stack', () => {
    const depth = 100_000;
    expect(scanJson('['.repeat(depth) + ']'.repeat(depth)).errorOffset).toBeUndefined();
    expect(scanJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)).errorOffset).toBeUndefined();
    expect(scanJson('['.repeat(depth)).errorOffset).toBe(depth);
    expect(scanJson('['.repeat(depth) + ']'.repeat(depth - 1) + '}').errorOffset).toBe(2 * depth - 1);
  });

  it('rejects extra literals unless asked for them', () => {
    expect(scanJson('NaN').errorOffset).toBe(0);
    expect(scanJson('[Infinity]').errorOffset).toBe(1);
    expect(scanJson('-Infinity').errorOffset).toBe(1);
  });

  it('accepts the extra literals it is given and records where each one starts', () => {
    const text = '{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN", "d": -1}';
    expect(scanJson(text, { extraLiterals: PYTHON_LITERALS })).toEqual({
      errorOffset: undefined,
      literals: [
        { start: 6, literal: 'NaN' },
        { start: 17, literal: 'Infinity' },
        { start: 27, literal: '-Infinity' },
      ],
    });
    for (const { start, literal } of scanJson(text, { extraLiterals: PYTHON_LITERALS }).literals) {
      expect(text.slice(start, start + literal.length)).toBe(literal);
    }
  });

  it('still locates errors around extra literals, at the character that broke a truncated one', () => {
    expect(scanJson('[NaN,]', { extraLiterals: PYTHON_LITERALS })).toEqual({ errorOffset: 5, literals: [{ start: 1, literal: 'NaN' }] });
    expect(scanJson('[Infin]', { extraLiterals: PYTHON_LITERALS }).errorOffset).toBe(6);
    expect(scanJson('[-Inf]', { extraLiterals: PYTHON_LITERALS }).errorOffset).toBe(2);
    expect(scanJson('{NaN: 1}', { extraLiterals: PYTHON_LITERALS }).errorOffset).toBe(1);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\r\n  b', 5, 2, 3],
    ['a\n\n', 3, 3, 1],
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});

function captureError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
