// A face shapes a string once: later calls get the same glyphs and positions in arrays of their own, the cache holds a bounded number of runs, and arguments other than the string are part of the key.
import { describe, expect, it } from 'vitest';
import { cacheShapedText } from './shaped-text-cache';

type Run = { glyphs: unknown[]; positions: unknown[]; direction: string };

function fakeFont() {
  const calls: unknown[][] = [];
  const font = {
    layout: (...args: unknown[]): Run => {
      calls.push(args);
      const text = String(args[0]);
      return { glyphs: [...text].map((char) => ({ char })), positions: [...text].map(() => ({ xAdvance: 500 })), direction: String(args[4] ?? 'ltr') };
    },
  };
  return { font, calls };
}

describe('the shaped text cache', () => {
  it('shapes a string once per set of arguments and hands each caller its own arrays of the same glyphs', () => {
    const { font, calls } = fakeFont();
    cacheShapedText(font);
    cacheShapedText(font);
    const first = font.layout('Page 1 of 20', undefined, undefined, undefined, 'ltr') as Run;
    const again = font.layout('Page 1 of 20', undefined, undefined, undefined, 'ltr') as Run;
    expect(calls).toHaveLength(1);
    expect(again).toEqual(first);
    expect(again.glyphs).not.toBe(first.glyphs);
    expect(again.glyphs[0]).toBe(first.glyphs[0]);
    expect(again.positions[0]).not.toBe(first.positions[0]);
    again.glyphs[0] = { char: 'replaced' };
    expect((font.layout('Page 1 of 20', undefined, undefined, undefined, 'ltr') as Run).glyphs[0]).toEqual({ char: 'P' });
    font.layout('Page 1 of 20', ['liga'], undefined, undefined, 'ltr');
    font.layout('Page 1 of 20', undefined, undefined, undefined, 'rtl');
    expect(calls).toHaveLength(3);
  });

  it('keeps at most its limit of runs, dropping the least recently used', () => {
    const { font, calls } = fakeFont();
    cacheShapedText(font, 2);
    font.layout('a');
    font.layout('b');
    font.layout('a');
    font.layout('c');
    expect(calls).toHaveLength(3);
    font.layout('a');
    expect(calls).toHaveLength(3);
    font.layout('b');
    expect(calls).toHaveLength(4);
  });
});
