import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColour, heatIntensity } from './heat-colour';
import { axisTitle, charsThatFit, truncateLabel } from './text';

describe('labels', () => {
  it('cuts long labels with an ellipsis and leaves short ones alone', () => {
    expect(truncateLabel('Occupation', 20)).toBe('Occupation');
    expect(truncateLabel('model_predictions - feature=Age', 10)).toBe('model_pre…');
    expect([...truncateLabel('x'.repeat(50), 18)]).toHaveLength(18);
  });

  it('estimates how many characters fit', () => {
    expect(charsThatFit(70, 12)).toBe(10);
    expect(charsThatFit(1, 12)).toBe(1);
  });

  it('reads axis names given as text or lists', () => {
    expect(axisTitle('recalls')).toBe('recalls');
    expect(axisTitle(['0', '1'])).toBe('0, 1');
    expect(axisTitle('  ')).toBeUndefined();
    expect(axisTitle(undefined)).toBeUndefined();
  });
});

describe('heat-map colour', () => {
  it('places values between the extremes', () => {
    expect(heatIntensity(5, 0, 10)).toBe(0.5);
    expect(heatIntensity(-3, 0, 10)).toBe(0);
    expect(heatIntensity(4, 4, 4)).toBe(0.5);
  });

  it('keeps cell text readable at every intensity in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (let i = 0; i <= 20; i++) {
        const { fill, text } = heatColour(i / 20, theme);
        expect(contrastRatio(fill, text), `${theme} ${i / 20}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('darkens with the value in light mode and lightens in dark mode', () => {
    const lum = (hex: string) => contrastRatio(hex, '#000000');
    expect(lum(heatColour(1, 'light').fill)).toBeLessThan(lum(heatColour(0, 'light').fill));
    expect(lum(heatColour(1, 'dark').fill)).toBeGreaterThan(lum(heatColour(0, 'dark').fill));
  });
});
