// Axis arithmetic for the PDF charts: a domain widened to round tick values, and a linear map from data to points.
export type Scale = { ticks: number[]; min: number; max: number; map: (value: number) => number };

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Ticks at round values covering [low, high]; a flat series gets a unit-wide domain around its value. */
export function linearScale(low: number, high: number, range: [number, number], tickCount = 5): Scale {
  let min = Math.min(low, high);
  let max = Math.max(low, high);
  if (min === max) {
    min -= min === 0 ? 1 : Math.abs(min) * 0.5;
    max += max === 0 ? 1 : Math.abs(max) * 0.5;
  }
  const step = niceStep(max - min, tickCount);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  const [from, to] = range;
  const map = (value: number) => from + ((value - start) / (end - start)) * (to - from);
  return { ticks, min: start, max: end, map };
}

/** Tick labels: short, without float noise (0.30000000000000004 → 0.3). */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(4)));
}

/** White → the accent blue, for matrix cells; returns the fill and a text colour that stays readable on it. */
export function heatColor(value: number, min: number, max: number): { fill: string; text: string } {
  const t = max === min ? 0.5 : (value - min) / (max - min);
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  const [r, g, b] = [mix(0xf4, 0x1d), mix(0xf7, 0x4b), mix(0xfb, 0x7a)];
  const hex = (channel: number) => channel.toString(16).padStart(2, '0');
  return { fill: `#${hex(r)}${hex(g)}${hex(b)}`, text: t > 0.55 ? '#ffffff' : '#16202c' };
}
