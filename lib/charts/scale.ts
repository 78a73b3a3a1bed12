// Chart scales and ticks are pure numbers, shared by the SVG charts in the browser and the react-pdf renderer.

export type TScale = (value: number) => number;

/** Maps `domain` onto `range` linearly; a zero-width domain maps to the middle of the range so a flat series still draws. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): TScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

export type TTicks = { min: number; max: number; step: number; values: number[] };

/** Decimal places needed to write multiples of `step` exactly (steps are 1, 2 or 5 × 10^k). */
export function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * About `count` round ticks (multiples of 1, 2 or 5 × 10^k) covering [min, max]; the returned
 * min and max are the outer ticks, so the axis starts and ends on a labelled value.
 */
export function niceTicks(min: number, max: number, count = 5): TTicks {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, step: 1, values: [0, 1] };
  if (low === high) {
    // One value: give it room on both sides (a constant 0 still gets an axis of −1…1).
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / Math.max(1, count));
  const decimals = stepDecimals(step);
  const round = (value: number) => Number(value.toFixed(Math.min(100, decimals)));
  const first = Math.floor(low / step + 1e-9) * step;
  const last = Math.ceil(high / step - 1e-9) * step;
  const values: number[] = [];
  for (let i = 0; first + i * step <= last + step * 1e-9; i++) values.push(round(first + i * step));
  return { min: values[0], max: values[values.length - 1], step, values };
}
