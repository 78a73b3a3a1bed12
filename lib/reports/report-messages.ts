// Messages name report values in plain words and stay short, however large the report.
import { formatPath } from '../schemas/validation-error';
import type { JsonPath } from './report-reader';

/** Plain words for a JSON value in messages: what was found instead of what was needed. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to store';
  return `the ${typeof value} ${String(value)}`;
}

/** A report's text quoted in a message, shortened so that one huge name cannot swamp the message. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text);
}

/** At most five items of a list in a message, then how many more. */
export function listSome(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

export function pathText(path: JsonPath): string {
  return path.length === 0 ? 'the top level' : formatPath(path);
}
