// How a changed value reads in a diff: short values in a line, metrics and list items by their key values, not as JSON.
import { formatNumber } from '@/lib/charts/format';
import { fieldLabel, hasFreeKeys } from '@/lib/model-cards/field-labels';

const MINUS = '\u2212';

const METRIC_TYPE_WORDS: Record<string, string> = {
  number: 'number',
  string: 'text',
  boolean: 'yes/no',
  linear_graph: 'line graph',
  bar_chart: 'bar chart',
  matrix: 'matrix',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What kind of value this is, in words, for "type changed" notes. */
export function kindWords(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (isRecord(value)) return typeof value.type === 'string' && value.type in METRIC_TYPE_WORDS ? `${METRIC_TYPE_WORDS[value.type]} metric` : 'group of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'yes/no';
  return typeof value;
}

export function formatScalar(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') return String(value).replace(/^-/, MINUS);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

export function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** "+0.03" / "−0.1": the sign always shows, since the direction is the point. */
export function formatDelta(delta: number): string {
  if (delta === 0) return '±0';
  return delta > 0 ? `+${delta}` : `${MINUS}${Math.abs(delta)}`;
}

function isPoint(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
}

/** A chart's value in one line: "6 points from (0, 0) to (1, 1)", "2 × 2 matrix", "4 bars: 0.1, 0.11, 0.245, 0.06". */
function describeSeries(value: unknown[]): string | null {
  if (value.length > 0 && value.every(isPoint)) {
    const points = value.map(([x, y]) => `(${formatNumber(x)}, ${formatNumber(y)})`);
    // Few pairs are worth listing: two curves with the same ends must still read differently. Without the
    // metric's type a two-column matrix looks the same, so the list names neither.
    if (points.length <= 10) return points.join(', ');
    const first = value[0];
    const last = value[value.length - 1];
    return `${value.length} point${value.length === 1 ? '' : 's'} from (${formatNumber(first[0])}, ${formatNumber(first[1])}) to (${formatNumber(last[0])}, ${formatNumber(last[1])})`;
  }
  if (value.length > 0 && value.every((row) => Array.isArray(row) && row.every((n) => typeof n === 'number'))) {
    const rows = value as number[][];
    const columns = Math.max(...rows.map((row) => row.length));
    const shape = `${rows.length} × ${columns} matrix`;
    return rows.length * columns <= 16 ? `${shape}: ${rows.map((row) => `[${row.map((n) => formatNumber(n)).join(', ')}]`).join(' ')}` : shape;
  }
  if (value.length > 0 && value.every((n) => typeof n === 'number')) {
    const shown = (value as number[]).slice(0, 8).map((n) => formatNumber(n));
    return `${value.length} value${value.length === 1 ? '' : 's'}: ${shown.join(', ')}${value.length > 8 ? ', …' : ''}`;
  }
  return null;
}

/** One line for a list item or a subtree, naming it by what people call it; `key` is the key it sits under. */
export function summarizeValue(value: unknown, key?: string): string {
  if (isScalar(value) || value === undefined) return formatScalar(value);
  if (Array.isArray(value)) {
    const series = describeSeries(value);
    if (series) return series;
    if (value.every((item) => typeof item === 'string')) return value.join(', ');
    return value.map((item) => summarizeValue(item)).join('; ');
  }
  const record = value as Record<string, unknown>;
  const name = typeof record.name === 'string' ? record.name : undefined;
  if (name !== undefined && typeof record.type === 'string') {
    const type = METRIC_TYPE_WORDS[record.type] ?? record.type;
    const body = isScalar(record.value) ? formatScalar(record.value) : Array.isArray(record.value) ? (describeSeries(record.value) ?? '') : '';
    return `${name} (${type})${body ? `: ${body}` : ''}`;
  }
  if (name !== undefined && Array.isArray(record.metric_data)) {
    return `${name} (${record.metric_data.length} metric${record.metric_data.length === 1 ? '' : 's'})`;
  }
  if (name !== undefined && 'value' in record && isScalar(record.value)) {
    // Training metrics read "name: value", hyper-parameters "name = value".
    return `${name}${typeof record.value === 'number' ? ':' : ' ='} ${formatScalar(record.value)}`;
  }
  const parts = Object.entries(record)
    .filter(([, item]) => item !== undefined)
    .map(([child, item]) => `${hasFreeKeys(key) ? child : fieldLabel(child)}: ${summarizeValue(item, child)}`);
  return name !== undefined ? `${name} — ${parts.filter((part) => !part.startsWith(`${fieldLabel('name')}:`)).join('; ')}` : parts.join('; ');
}
