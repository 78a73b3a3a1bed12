// How a card's content reads wherever it is shown (the card page and the PDF alike): what counts as a value, how a value is written, and the order of the sections.
import { SECTION_TITLES, type TSectionKey } from './field-labels';

/** The seven sections in the order every view of a card presents them (SageMaker's order). */
export const SECTION_ORDER = Object.keys(SECTION_TITLES) as readonly TSectionKey[];

/** Text that is only whitespace, lists of such blanks and objects holding none of anything are not a value: both views leave them out. */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasValue);
  if (typeof value === 'object') return Object.values(value).some(hasValue);
  return true;
}

/** The items of a list worth showing: blanks are dropped, the rest keep their order. */
export function shownItems<T>(list: readonly T[]): T[] {
  return list.filter(hasValue);
}

/** A scalar as a reader sees it: Yes / No for booleans, numbers exactly as stored, text as written. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
