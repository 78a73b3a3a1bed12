import { describe, expect, it } from 'vitest';
import { barLayout } from './bar-layout';
import { heatMapLayout, matrixLabels } from './heat-map-layout';
import { lineLayout } from './line-layout';
import { estimateTextWidth } from './text';

describe('lineLayout', () => {
  const roc: [number, number][] = [
    [0, 0],
    [0, 0.25],
    [0, 0.5],
    [0, 0.75],
    [0, 1],
    [1, 1],
  ];

  it('draws every point inside the plot, in data order', () => {
    const layout = lineLayout(roc, { xTitle: 'false_positive_rates', yTitle: 'true_positive_rates' });
    expect(layout.points).toHaveLength(6);
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(point.x).toBeLessThanOrEqual(layout.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.path.startsWith('M')).toBe(true);
    expect(layout.path.match(/L/g)).toHaveLength(5);
    expect(layout.xTitle?.text).toBe('false_positive_rates');
  });

  it('keeps the y tick labels and title left of the plot', () => {
    const layout = lineLayout(
      [
        [1, 12000],
        [2, 48000],
      ],
      { yTitle: 'count' },
    );
    const widest = Math.max(...layout.yTicks.map((tick) => estimateTextWidth(tick.label, 12)));
    expect(layout.plot.left).toBeGreaterThan(widest + 12);
  });

  it('cuts an axis title longer than its axis and keeps the full name', () => {
    const long = 'a very long axis name '.repeat(10);
    const layout = lineLayout(roc, { width: 320, xTitle: long });
    expect(estimateTextWidth(layout.xTitle!.text, 12)).toBeLessThanOrEqual(layout.plot.right - layout.plot.left);
    expect(layout.xTitle!.full).toBe(long);
  });
});

describe('barLayout', () => {
  it('grows bars from zero, down for negative values', () => {
    const layout = barLayout([0.3, -0.1], ['up', 'down']);
    const [up, down] = layout.bars;
    expect(up.y + up.height).toBeCloseTo(layout.baseline);
    expect(down.y).toBeCloseTo(layout.baseline);
    expect(down.height).toBeGreaterThan(0);
  });

  it('keeps short labels flat and whole', () => {
    const layout = barLayout([0.1, 0.11, 0.245, 0.06], ['Cat', 'Dog', 'Horse', 'Bird']);
    expect(layout.labelAngle).toBe(0);
    expect(layout.bars.map((bar) => bar.shortLabel)).toEqual(['Cat', 'Dog', 'Horse', 'Bird']);
  });

  it('turns and cuts labels that would collide, keeping the full text', () => {
    const labels = Array.from({ length: 20 }, (_, i) => `a rather long category number ${i}`);
    const layout = barLayout(
      labels.map((_, i) => i),
      labels,
    );
    expect(layout.labelAngle).toBe(-45);
    expect(layout.bars[0].shortLabel.endsWith('…')).toBe(true);
    expect(layout.bars[0].label).toBe(labels[0]);
    // Turned labels hang below the plot: the chart is tall enough for them.
    expect(layout.height).toBeGreaterThan(layout.plot.bottom + 60);
  });

  it('labels every n-th of many bars so turned labels never overlap', () => {
    const labels = Array.from({ length: 100 }, (_, i) => `feature_number_${i}`);
    const layout = barLayout(
      labels.map((_, i) => i),
      labels,
    );
    const shown = layout.bars.filter((bar) => bar.showLabel);
    expect(shown.length).toBeLessThan(100);
    expect(shown.length).toBeGreaterThan(5);
    // Turned −45°, labels are (Δx · sin 45°) apart perpendicular to the text: at least one line.
    expect((shown[1].labelX - shown[0].labelX) * Math.SQRT1_2).toBeGreaterThanOrEqual(12);
    expect(barLayout([1, 2, 3], ['a', 'b', 'c']).bars.every((bar) => bar.showLabel)).toBe(true);
  });

  it('names bars without a category label by position', () => {
    expect(barLayout([1, 2, 3], ['a']).bars.map((bar) => bar.label)).toEqual(['a', '#2', '#3']);
  });
});

describe('heat map', () => {
  it('reads Model Monitor confusion-matrix labels by shape', () => {
    expect(
      matrixLabels(
        [
          [1, 2],
          [0, 1],
        ],
        ['0', '1'],
        ['0', '1'],
      ),
    ).toEqual({ rows: ['0', '1'], columns: ['0', '1'] });
    expect(
      matrixLabels(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        ['r1', 'r2'],
        ['c1', 'c2', 'c3'],
      ),
    ).toEqual({ rows: ['r1', 'r2'], columns: ['c1', 'c2', 'c3'] });
    expect(
      matrixLabels(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        ['c1', 'c2', 'c3'],
        ['r1', 'r2'],
      ),
    ).toEqual({ rows: ['r1', 'r2'], columns: ['c1', 'c2', 'c3'] });
    expect(matrixLabels([[1, 2]], undefined, undefined)).toEqual({ rows: ['Row 1'], columns: ['Column 1', 'Column 2'] });
  });

  it('shades cells from the smallest to the largest value and prints them', () => {
    const layout = heatMapLayout(
      [
        [1, 2],
        [0, 1],
      ],
      { rows: ['0', '1'], columns: ['0', '1'] },
    );
    expect(layout.cells.map((cell) => cell.intensity)).toEqual([0.5, 1, 0, 0.5]);
    expect(layout.cells.map((cell) => cell.text)).toEqual(['1', '2', '0', '1']);
    expect(layout.showValues).toBe(true);
    expect(layout.width).toBeLessThanOrEqual(640);
  });

  it('fits a 20 × 20 matrix in the width', () => {
    const value = Array.from({ length: 20 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * c));
    const names = Array.from({ length: 20 }, (_, i) => `class ${i}`);
    const layout = heatMapLayout(value, { rows: names, columns: names });
    expect(layout.cells).toHaveLength(400);
    expect(layout.width).toBeLessThanOrEqual(720);
  });
});
