// Values in generated names print exactly as Python's str() prints them.
import { describe, expect, it } from 'vitest';
import { pythonStr } from './python-str';

describe('pythonStr', () => {
  it("prints JSON scalars as Python's str() does", () => {
    const cases: [string | number | boolean | null, string][] = [
      ['Gender', 'Gender'],
      [true, 'True'],
      [false, 'False'],
      [null, 'None'],
      [1, '1'],
      [-0, '0'],
      [0.5, '0.5'],
      [-2.75, '-2.75'],
      [123.456, '123.456'],
      [0.0001, '0.0001'],
      [0.00001, '1e-05'],
      [1.5e-7, '1.5e-07'],
      [1e15, '1000000000000000'],
      [1e16, '1e+16'],
      [2.5e20, '2.5e+20'],
      [1e100, '1e+100'],
      [Infinity, 'inf'],
      [-Infinity, '-inf'],
    ];
    for (const [value, printed] of cases) expect(pythonStr(value)).toBe(printed);
  });
});
