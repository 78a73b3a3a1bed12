// Every metric group a parser returns is valid card content: whatever the SDK would emit but the schema refuses is repaired or left out, and a warning says what changed.
import { MAX_CONTENT_CHARS, ZMetricData, ZMetricGroup, type TMetricData, type TMetricGroup, type TMetricType } from '../schemas/model-card-content';
import { describeIssues, validateValue } from '../schemas/validation-error';
import { pythonStr } from './python-str';
import { describeJson, listSome, quoted } from './report-messages';

/** A metric as the SDK's parser builds it: name and type are settled, everything else is whatever the report held. */
export interface RawMetric {
  name: string;
  type: TMetricType;
  value: unknown;
  notes?: unknown;
  x_axis_name?: unknown;
  y_axis_name?: unknown;
}

export interface RawMetricGroup {
  name: string;
  metric_data: RawMetric[];
}

export interface ParsedMetricGroups {
  metric_groups: TMetricGroup[];
  warnings: string[];
}

// The content schema's limits (lib/schemas/model-card-content.ts), in code points as zod counts them.
const SHORT_TEXT_MAX = 63;
const NOTES_MAX = 1024;
const MATRIX_SIDE_MAX = 20;

export function fitMetricGroups(groups: RawMetricGroup[], warnings: string[]): TMetricGroup[] {
  const fitted = groups.map((group) => {
    const name = fitName(group.name, 'Unnamed group', () => 'A metric group', warnings);
    return { name, metric_data: group.metric_data.flatMap((metric) => fitMetric(metric, name, warnings) ?? []) };
  });
  // One check of the whole group is the common case; metric by metric only when it fails.
  return fitContentBudget(fitted, warnings).map((group) =>
    ZMetricGroup.safeParse(group).success
      ? group
      : { name: group.name, metric_data: group.metric_data.filter((metric) => passesSchema(metric, group.name, warnings)) },
  );
}

const ONLY_LINE_BREAKS = /^[\n\r\u2028\u2029]*$/;

/** The schema's `.{1,N}` name patterns are searched, not anchored: a name needs one character that is not a line break. */
function fitName(name: string, fallback: string, subject: () => string, warnings: string[]): string {
  if (!ONLY_LINE_BREAKS.test(name)) return name;
  warnings.push(`${subject()} had an empty name; it was named "${fallback}".`);
  return fallback;
}

function codePoints(text: string): number {
  return Array.from(text).length;
}

/** Keeps max - 1 code points and an ellipsis, so a shortened text shows that it was shortened. */
function cut(text: string, max: number): string {
  return codePoints(text) <= max
    ? text
    : `${Array.from(text)
        .slice(0, max - 1)
        .join('')}…`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function fitMetric(raw: RawMetric, group: string, warnings: string[]): TMetricData | undefined {
  const name = fitName(raw.name, 'Unnamed metric', () => `A metric in group ${quoted(group)}`, warnings);
  const subject = `metric ${quoted(name)} in group ${quoted(group)}`;
  const skip = (why: string) => {
    warnings.push(`Skipped ${subject}: ${why}.`);
    return undefined;
  };
  const change = (what: string) => warnings.push(`In ${subject}, ${what}.`);
  const { value } = raw;
  if (value === undefined) return skip('it has no value');

  const notes = fitNotes(raw.notes, change);
  const common = { name, ...(notes !== undefined && { notes }) };
  const axes = () => ({
    ...optional('x_axis_name', fitAxisName(raw.x_axis_name, 'x-axis name', change)),
    ...optional('y_axis_name', fitAxisName(raw.y_axis_name, 'y-axis name', change)),
  });

  switch (raw.type) {
    case 'number':
      if (!isFiniteNumber(value)) return skip(`its value is ${describeJson(value)}, not a number`);
      return { ...common, type: 'number', value, ...axes() };
    case 'string': {
      if (typeof value !== 'string') return skip(`its value is ${describeJson(value)}, not text`);
      const text = cut(value, SHORT_TEXT_MAX);
      if (text !== value) change(`the value was longer than ${SHORT_TEXT_MAX} characters and was shortened`);
      return { ...common, type: 'string', value: text, ...axes() };
    }
    case 'boolean':
      if (typeof value !== 'boolean') return skip(`its value is ${describeJson(value)}, not true or false`);
      return { ...common, type: 'boolean', value, ...axes() };
    case 'linear_graph': {
      if (!Array.isArray(value)) return skip(`its value is ${describeJson(value)}, not a list of [x, y] points`);
      if (value.length === 0) return skip('it has no points');
      const points = value.filter(
        (point): point is [number, number] => Array.isArray(point) && point.length === 2 && isFiniteNumber(point[0]) && isFiniteNumber(point[1]),
      );
      if (points.length === 0) return skip(`none of its ${value.length} points is a pair of numbers`);
      if (points.length < value.length) {
        change(`${value.length - points.length} of ${value.length} points were not pairs of numbers and were left out`);
      }
      return { ...common, type: 'linear_graph', value: points, ...axes() };
    }
    case 'bar_chart': {
      if (!Array.isArray(value)) return skip(`its value is ${describeJson(value)}, not a list of numbers`);
      if (value.length === 0) return skip('it has no bars');
      const kept = value.flatMap((bar, index) => (isFiniteNumber(bar) ? [index] : []));
      if (kept.length === 0) return skip(`none of its ${value.length} bars is a number`);
      let labels = raw.x_axis_name;
      if (kept.length < value.length) {
        change(`${value.length - kept.length} of ${value.length} bars were not numbers and were left out with their labels`);
        const keep = new Set(kept);
        if (Array.isArray(labels)) labels = labels.filter((_, index) => keep.has(index));
      }
      return {
        ...common,
        type: 'bar_chart',
        value: kept.map((index) => value[index] as number),
        ...optional('x_axis_name', fitAxisLabels(labels, 'x-axis labels', change)),
        ...optional('y_axis_name', fitAxisName(raw.y_axis_name, 'y-axis name', change)),
      };
    }
    case 'matrix':
      return fitMatrix(value, raw, common, skip, change);
  }
}

function fitMatrix(
  value: unknown,
  raw: RawMetric,
  common: { name: string; notes?: string },
  skip: (why: string) => undefined,
  change: (what: string) => void,
): TMetricData | undefined {
  if (!Array.isArray(value) || !value.every(Array.isArray)) {
    return skip(`its value is ${describeJson(value)}, not a list of rows of numbers`);
  }
  const rows = value as unknown[][];
  if (rows.length === 0) return skip('it has no rows');
  for (const [r, row] of rows.entries()) {
    if (row.length === 0) return skip(`row ${r + 1} is empty`);
    const c = row.findIndex((cell) => !isFiniteNumber(cell));
    if (c >= 0) return skip(`the cell in row ${r + 1}, column ${c + 1} is ${describeJson(row[c])}, not a number`);
  }
  // Rows follow x_axis_name and columns y_axis_name, as in the SDK's confusion matrix.
  let xLabels = raw.x_axis_name;
  let yLabels = raw.y_axis_name;
  let kept = rows as number[][];
  if (kept.length > MATRIX_SIDE_MAX) {
    change(`the matrix had ${kept.length} rows; only the first ${MATRIX_SIDE_MAX} were kept`);
    kept = kept.slice(0, MATRIX_SIDE_MAX);
    if (Array.isArray(xLabels)) xLabels = xLabels.slice(0, MATRIX_SIDE_MAX);
  }
  const widest = Math.max(...kept.map((row) => row.length));
  if (widest > MATRIX_SIDE_MAX) {
    change(`the matrix had ${widest} columns; only the first ${MATRIX_SIDE_MAX} were kept`);
    kept = kept.map((row) => row.slice(0, MATRIX_SIDE_MAX));
    if (Array.isArray(yLabels)) yLabels = yLabels.slice(0, MATRIX_SIDE_MAX);
  }
  return {
    ...common,
    type: 'matrix',
    value: kept,
    ...optional('x_axis_name', fitAxisLabels(xLabels, 'x-axis labels', change)),
    ...optional('y_axis_name', fitAxisLabels(yLabels, 'y-axis labels', change)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function fitNotes(notes: unknown, change: (what: string) => void): string | undefined {
  if (notes === undefined) return undefined;
  if (typeof notes !== 'string') {
    change(`the notes were ${describeJson(notes)}, not text, and were left out`);
    return undefined;
  }
  const text = cut(notes, NOTES_MAX);
  if (text !== notes) change(`the notes were longer than ${NOTES_MAX} characters and were shortened`);
  return text;
}

/** The SDK copies report values into axis names as they are; numbers and booleans become the text Python would print. */
function labelText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return pythonStr(value);
  return undefined;
}

function fitAxisName(value: unknown, what: string, change: (what: string) => void): string | undefined {
  if (value === undefined) return undefined;
  const text = labelText(value);
  if (text === undefined) {
    change(`the ${what} was ${describeJson(value)}, not text, and was left out`);
    return undefined;
  }
  if (typeof value !== 'string') change(`the ${what} was ${describeJson(value)}, not text, and was written as ${quoted(text)}`);
  const short = cut(text, SHORT_TEXT_MAX);
  if (short !== text) change(`the ${what} was longer than ${SHORT_TEXT_MAX} characters and was shortened`);
  return short;
}

function fitAxisLabels(value: unknown, what: string, change: (what: string) => void): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    change(`the ${what} were ${describeJson(value)}, not a list of texts, and were left out`);
    return undefined;
  }
  const texts = value.map(labelText);
  const unusable = texts.indexOf(undefined);
  if (unusable >= 0) {
    change(`the ${what} included ${describeJson(value[unusable])}, which is not text, so they were left out`);
    return undefined;
  }
  const converted = value.filter((label) => typeof label !== 'string').length;
  if (converted > 0) change(`${converted} of the ${what} were numbers or booleans and were written as text`);
  const labels = (texts as string[]).map((text) => cut(text, SHORT_TEXT_MAX));
  const shortened = labels.filter((label, index) => label !== texts[index]).length;
  if (shortened > 0) change(`${shortened} of the ${what} were longer than ${SHORT_TEXT_MAX} characters and were shortened`);
  return labels;
}

/** Metric groups that cannot fit in any card's content are no use; keep what fits, in order, and name what did not. */
function fitContentBudget(groups: TMetricGroup[], warnings: string[]): TMetricGroup[] {
  if (JSON.stringify(groups).length <= MAX_CONTENT_CHARS) return groups;
  const left: string[] = [];
  const kept: TMetricGroup[] = [];
  let used = '[]'.length;
  for (const group of groups) {
    const separator = kept.length > 0 ? 1 : 0;
    let groupSize = JSON.stringify({ name: group.name, metric_data: [] }).length + separator;
    const metrics: TMetricData[] = [];
    for (const metric of group.metric_data) {
      const size = JSON.stringify(metric).length + (metrics.length > 0 ? 1 : 0);
      if (used + groupSize + size > MAX_CONTENT_CHARS) left.push(`${quoted(metric.name)} in ${quoted(group.name)}`);
      else {
        metrics.push(metric);
        groupSize += size;
      }
    }
    if (used + groupSize > MAX_CONTENT_CHARS || (metrics.length === 0 && group.metric_data.length > 0)) {
      if (group.metric_data.length === 0) left.push(`group ${quoted(group.name)}`);
      continue;
    }
    kept.push({ name: group.name, metric_data: metrics });
    used += groupSize;
  }
  warnings.push(
    `The metric groups are larger than a model card's content can hold (${MAX_CONTENT_CHARS.toLocaleString('en-US')} characters), so ${left.length} ${left.length === 1 ? 'item was' : 'items were'} left out: ${listSome(left)}.`,
  );
  return kept;
}

/** The repairs above follow today's content schema; should its metric rules tighten, a metric it refuses is left out, not returned invalid. */
function passesSchema(metric: TMetricData, group: string, warnings: string[]): boolean {
  const result = validateValue(ZMetricData, metric);
  if (!result.ok) warnings.push(`Skipped metric ${quoted(metric.name)} in group ${quoted(group)}: ${describeIssues(result.issues)}.`);
  return result.ok;
}
