// Listing rules shared by groups, packages, models and training jobs: sort by name or creation time, name and creation-window filters, keyset pages on (sort key, id).
import 'server-only';
import { NUL_MESSAGE, TIME_RANGE_MESSAGE, hasNul, isStorableTime } from '@/lib/schemas/input-values';
import { AppError } from '@/lib/server/errors';
import { cursorDate, cursorNumber, cursorString, decodeCursor, encodeCursor, parsePageSize } from '@/lib/server/model-cards/cursor';
import type { TRegistrySortBy, TRegistrySortOrder } from './registry-dto';

export type RegistryListOptions = {
  nameContains?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  /** Default createdAt. */
  sortBy?: TRegistrySortBy;
  /** Default desc (newest first), as SageMaker's lists. */
  sortOrder?: TRegistrySortOrder;
  /** 1–100, default 50. */
  limit?: number;
  cursor?: string;
};

export type ParsedListOptions = { sortBy: TRegistrySortBy; sortOrder: TRegistrySortOrder; size: number; listing: string; keys: unknown[] | null };

export function parseListOptions(kind: string, options: RegistryListOptions): ParsedListOptions {
  const sortBy = options.sortBy ?? 'createdAt';
  const sortOrder = options.sortOrder ?? 'desc';
  if (sortBy !== 'name' && sortBy !== 'createdAt') throw new AppError('INVALID_INPUT', 'sortBy: must be name or createdAt', { path: 'sortBy' });
  if (sortOrder !== 'asc' && sortOrder !== 'desc') throw new AppError('INVALID_INPUT', 'sortOrder: must be asc or desc', { path: 'sortOrder' });
  for (const [path, value] of [
    ['createdAfter', options.createdAfter],
    ['createdBefore', options.createdBefore],
  ] as const) {
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw new AppError('INVALID_INPUT', `${path}: must be a date and time`, { path });
    }
    if (value !== undefined && !isStorableTime(value.getTime())) throw new AppError('INVALID_INPUT', `${path}: ${TIME_RANGE_MESSAGE}`, { path });
  }
  if (options.nameContains !== undefined && typeof options.nameContains !== 'string') {
    throw new AppError('INVALID_INPUT', 'nameContains: must be text', { path: 'nameContains' });
  }
  if (options.nameContains !== undefined && hasNul(options.nameContains))
    throw new AppError('INVALID_INPUT', `nameContains: ${NUL_MESSAGE}`, { path: 'nameContains' });
  const listing = `${kind}:${sortBy}:${sortOrder}`;
  return {
    sortBy,
    sortOrder,
    size: parsePageSize(options.limit, 50),
    listing,
    keys: options.cursor === undefined ? null : decodeCursor(options.cursor, listing),
  };
}

/** Rows strictly after the cursor's (key, id) in the sort order; `nameKeys` places a name cursor (names are unique, or unique with a version). */
export function afterCursor(parsed: ParsedListOptions, columns: { name: string; createdAt: string; version?: string }): Record<string, unknown> | undefined {
  const { keys, sortBy, sortOrder } = parsed;
  if (!keys) return undefined;
  const beyond = sortOrder === 'asc' ? 'gt' : 'lt';
  if (sortBy === 'name' && columns.version) {
    const name = cursorString(keys[0]);
    const version = cursorNumber(keys[1]);
    return { OR: [{ [columns.name]: { [beyond]: name } }, { [columns.name]: name, [columns.version]: { [beyond]: version } }] };
  }
  if (sortBy === 'name') return { [columns.name]: { [beyond]: cursorString(keys[0]) } };
  const at = cursorDate(keys[0]);
  const id = cursorString(keys[1]);
  return { OR: [{ [columns.createdAt]: { [beyond]: at } }, { [columns.createdAt]: at, id: { [beyond]: id } }] };
}

export function orderBy(parsed: ParsedListOptions, columns: { name: string; createdAt: string; version?: string }): Record<string, TRegistrySortOrder>[] {
  const { sortBy, sortOrder } = parsed;
  if (sortBy === 'name') return columns.version ? [{ [columns.name]: sortOrder }, { [columns.version]: sortOrder }] : [{ [columns.name]: sortOrder }];
  return [{ [columns.createdAt]: sortOrder }, { id: sortOrder }];
}

export function createdWindow(column: string, options: RegistryListOptions): Record<string, unknown> {
  if (!options.createdAfter && !options.createdBefore) return {};
  return { [column]: { ...(options.createdAfter ? { gt: options.createdAfter } : {}), ...(options.createdBefore ? { lt: options.createdBefore } : {}) } };
}

export function nextCursor<T>(parsed: ParsedListOptions, rows: T[], keysOf: (row: T) => (string | number)[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, parsed.size);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > parsed.size && last ? encodeCursor(parsed.listing, keysOf(last)) : null };
}
