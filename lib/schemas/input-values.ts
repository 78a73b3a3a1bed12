// One parser per kind of value a request carries (text, names, version numbers, UUIDs, dates, instants, cursors, enums): anything the database cannot hold (NUL, years outside 0001–9999) is refused here, before any query.
import { z } from 'zod';
import { CARD_NAME_MAX_CHARS, CARD_NAME_PATTERN } from './card-name';

/** PostgreSQL text and jsonb cannot hold U+0000; a value with one fails inside the database as a 500. */
export function hasNul(value: string): boolean {
  return value.includes('\u0000');
}

export const NUL_MESSAGE = 'must not contain NUL characters (U+0000)';

/** Years 0001 to 9999: what ISO 8601 writes with four digits and PostgreSQL stores (it has no year 0), as epoch milliseconds. */
export const MIN_TIME_MS = -62_135_596_800_000;
export const MAX_TIME_MS = 253_402_300_799_999;

export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_TIME_MS && ms <= MAX_TIME_MS;
}

export const TIME_RANGE_MESSAGE = 'must be between 0001-01-01 and 9999-12-31';

/** Free text from a request (search terms, descriptions): any characters but NUL. */
export const ZText = z.string().refine((value) => !hasNul(value), { message: NUL_MESSAGE });

/** A card or export-job name (SageMaker's EntityName). */
export const ZEntityNameValue = z
  .string()
  .max(CARD_NAME_MAX_CHARS)
  .regex(CARD_NAME_PATTERN, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');

/** A version number as it appears in a path or query: 1, 2, 3, … (at most nine digits, so it fits an int). */
export const ZVersionNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'must be a version number (1, 2, 3, …)')
  .transform(Number);

/** Record ids (export jobs, webhook endpoints, users) are UUIDs; `message` says what kind of id where the field has a name for it. */
export function zUuid(message = 'must be an id (a UUID such as 0b5c6f0e-4f5a-4a39-9c3e-2f1d8e7a6b5c)') {
  return z.guid({ message });
}
export const ZUuid = zUuid();

/** One of Next's searchParams values as a page's plain GET form reads it: the first value if repeated, trimmed, '' when absent. */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** An opaque page cursor, as the previous page handed it out. */
export const ZCursor = z
  .string()
  .max(1024)
  .refine((value) => !hasNul(value), { message: 'is not a cursor this server handed out' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2026-03-01T12:00:00Z';

/** The instant a date parameter stands for: a day is a whole UTC day, both ends included. */
export function dateBound(value: string, edge: 'from' | 'to'): Date {
  if (ISO_DATE.test(value)) {
    const start = new Date(`${value}T00:00:00.000Z`);
    return edge === 'from' ? start : new Date(start.getTime() + 86_400_000 - 1);
  }
  return new Date(value);
}

/** A date (YYYY-MM-DD) or an ISO 8601 date-time with a zone, whose instant the database can store. */
export const ZDateParam = z
  .string()
  .refine((value) => z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true }).safeParse(value).success, { message: DATE_MESSAGE, abort: true })
  .refine((value) => isStorableTime(dateBound(value, 'from').getTime()) && isStorableTime(dateBound(value, 'to').getTime()), { message: TIME_RANGE_MESSAGE });

/** A day (YYYY-MM-DD) the database can store. */
export const ZDayParam = z.iso
  .date({ message: 'must be a date (YYYY-MM-DD)' })
  .refine((value) => isStorableTime(dateBound(value, 'from').getTime()), { message: TIME_RANGE_MESSAGE });

/** The path (as formatPath writes it) of the first string or key holding a NUL in a parsed JSON value, or null when there is none. */
export function findNul(value: unknown, path: readonly PropertyKey[] = []): readonly PropertyKey[] | null {
  if (typeof value === 'string') return hasNul(value) ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNul(value[index], [...path, index]);
      if (found) return found;
    }
    return null;
  }
  // Plain objects only: JSON gives nothing else, and a Date or a byte array holds no text.
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, item] of Object.entries(value)) {
      if (hasNul(key)) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
