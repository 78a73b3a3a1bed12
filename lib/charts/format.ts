// How numbers read on charts and in metric tables: ticks as round as their step, values to a few significant digits.
import { stepDecimals } from './scale';

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const MINUS = '\u2212';

/** Typographic minus, so negative numbers line up and do not read as hyphens. */
function withMinus(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** A tick label with exactly the decimals its step needs: 0.25 steps give "0.25", "0.50"; large ticks are compact ("12K"). */
export function formatTick(value: number, step: number): string {
  if (Math.abs(value) >= 10_000) return withMinus(COMPACT.format(value));
  const decimals = Math.min(20, stepDecimals(step));
  const fixed = value.toFixed(decimals);
  // Float noise below the step must not print "-0.0".
  return Number(fixed) === 0 ? (0).toFixed(decimals) : withMinus(fixed);
}

/** A value for a cell or table: integers as they are, others to `significant` digits, extremes in exponent form. */
export function formatNumber(value: number, significant = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return withMinus(String(value));
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e9 || magnitude < 1e-4)) {
    return withMinus(value.toExponential(Math.max(0, significant - 1)).replace(/\.?0+e/, 'e'));
  }
  return withMinus(String(Number(value.toPrecision(significant))));
}
