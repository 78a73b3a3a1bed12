import { describe, expect, it } from 'vitest';
import { displayValue, hasValue, SECTION_ORDER, shownItems } from './display';
import { ZModelCardContent } from '@/lib/schemas/model-card-content';

describe('the display rule', () => {
  it('counts whitespace-only text, lists of blanks and objects of blanks as no value', () => {
    for (const blank of [undefined, null, '', '   ', '\n\t', [], ['', '  '], {}, { a: ' ', b: [' '] }])
      expect(hasValue(blank), JSON.stringify(blank)).toBe(false);
    for (const value of ['x', 0, false, true, [' ', 'a'], { a: 'b' }, { a: [0] }]) expect(hasValue(value), JSON.stringify(value)).toBe(true);
  });

  it('reads booleans as Yes / No and numbers exactly as stored', () => {
    expect(displayValue(true)).toBe('Yes');
    expect(displayValue(false)).toBe('No');
    expect(displayValue(0.8467)).toBe('0.8467');
    expect(displayValue(1e-7)).toBe('1e-7');
    expect(displayValue('text as written ')).toBe('text as written ');
    expect(displayValue(undefined)).toBe('');
  });

  it('drops the blank items of a list and keeps the order of the rest', () => {
    expect(shownItems(['b', ' ', 'a', ''])).toEqual(['b', 'a']);
  });

  it('orders the sections as the content schema lists them', () => {
    expect(SECTION_ORDER).toEqual(Object.keys(ZModelCardContent.shape));
  });
});
