import { describe, expect, it } from 'vitest';
import { formatNumber, formatTick } from './format';
import { linearScale, niceTicks } from './scale';

describe('linearScale', () => {
  it('maps the domain onto the range, including inverted ranges', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });

  it('puts every value of a zero-width domain in the middle', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('niceTicks', () => {
  it('covers the data with round steps', () => {
    expect(niceTicks(0, 1, 5).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.03, 0.97, 5)).toMatchObject({ min: 0, max: 1 });
    expect(niceTicks(-0.114, 0.215, 5).values).toEqual([-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25]);
    expect(niceTicks(20.87, 32.07, 5).values).toEqual([20, 22, 24, 26, 28, 30, 32, 34]);
    expect(niceTicks(0, 627, 5).values).toEqual([0, 100, 200, 300, 400, 500, 600, 700]);
  });

  it('keeps the tick count near the one asked for', () => {
    for (const [min, max] of [
      [0.26, 0.33],
      [0.2, 0.32],
      [0, 627],
      [-3e-7, 4e-7],
      [1e6, 9.7e6],
    ]) {
      const { values } = niceTicks(min, max, 4);
      expect(values.length, `${min}…${max}`).toBeGreaterThanOrEqual(3);
      expect(values.length, `${min}…${max}`).toBeLessThanOrEqual(9);
    }
  });

  it('writes ticks without float noise', () => {
    for (const tick of niceTicks(0.1, 0.7, 6).values) expect(String(tick).length).toBeLessThanOrEqual(4);
  });

  it('gives a single value room on both sides', () => {
    expect(niceTicks(5, 5).values[0]).toBeLessThan(5);
    expect(niceTicks(5, 5).values.at(-1)).toBeGreaterThan(5);
    expect(niceTicks(0, 0)).toMatchObject({ min: -1, max: 1 });
  });
});

describe('formatTick and formatNumber', () => {
  it('gives ticks the decimals of their step and never "-0"', () => {
    expect(formatTick(1, 0.5)).toBe('1.0');
    expect(formatTick(0.4, 0.02)).toBe('0.40');
    expect(formatTick(-1e-17, 0.1)).toBe('0.0');
    expect(formatTick(-0.2, 0.1)).toBe('−0.2');
    expect(formatTick(20000, 5000)).toBe('20K');
  });

  it('rounds values to significant digits and keeps integers whole', () => {
    expect(formatNumber(-0.1141572442143538)).toBe('−0.1142');
    expect(formatNumber(627)).toBe('627');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0.000012346)).toBe('1.235e-5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});
