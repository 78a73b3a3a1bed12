// Page cursors are opaque to clients: base64url JSON naming the listing and order they belong to and the last row's keys, checked when they come back.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { hasNul, isStorableTime } from '@/lib/schemas/input-values';

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(listing: string, keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify([listing, ...keys]), 'utf8').toString('base64url');
}

function badCursor(): AppError {
  return new AppError('INVALID_INPUT', 'cursor: this page link is not valid for this list and order. Start again from the first page.', { path: 'cursor' });
}

/** The keys of a cursor made by encodeCursor for the same listing; anything else is refused. */
export function decodeCursor(cursor: string, listing: string): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(decoded) || decoded[0] !== listing) throw badCursor();
  return decoded.slice(1);
}

/** A cursor is handed back by clients, so its keys are read like any other input: text the database holds, version numbers that fit an int, storable instants. */
export function cursorString(value: unknown): string {
  if (typeof value !== 'string' || hasNul(value)) throw badCursor();
  return value;
}

export function cursorNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2_147_483_647) throw badCursor();
  return value;
}

export function cursorDate(value: unknown): Date {
  const date = new Date(cursorString(value));
  if (!isStorableTime(date.getTime())) throw badCursor();
  return date;
}

export function parsePageSize(limit: unknown, fallback: number): number {
  if (limit === undefined) return fallback;
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= MAX_PAGE_SIZE) return limit;
  throw new AppError('INVALID_INPUT', `limit: must be a whole number from 1 to ${MAX_PAGE_SIZE}`, { path: 'limit' });
}
