// Names built from report values read as the SDK's Python f-strings print them: str() of a JSON scalar.
export type JsonScalar = string | number | boolean | null;

/**
 * JSON.parse does not keep whether a number was written `1` or `1.0`, so a whole number prints
 * as a Python int; any other number prints as Python's repr of a float.
 */
export function pythonStr(value: JsonScalar): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
  return pythonFloatRepr(value);
}

function pythonFloatRepr(value: number): string {
  // JSON.parse yields a non-finite number only for an overflow such as 1e999, which Python reads as inf too.
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  // toExponential() without digits gives the shortest round-trip digits, which is what Python's repr prints.
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const sign = value < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const scaled = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const power = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${scaled}e${exponent < 0 ? '-' : '+'}${power}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
