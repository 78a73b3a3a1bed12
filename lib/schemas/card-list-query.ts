// The hub's list query as URL parameters: one schema read by the hub page, GET /api/v1/model-cards and the browser, which loads it
// once the view changes (card-list-params.ts writes the URLs and holds the defaults).
import { z } from 'zod';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { plainMessage } from '@/lib/schemas/validation-error';
import { CARD_SORT_KEYS, CARD_STATUSES } from '@/lib/schemas/card-status';
import { ZCursor, ZDateParam, ZText, dateBound, zUuid } from '@/lib/schemas/input-values';
import type { TCardStatus } from '@/lib/schemas/card-status';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, defaultOrder } from '@/lib/schemas/card-list-params';

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const ZCardListQueryObject = z.object({
  name: ZText.trim().max(256).optional(),
  status: z.array(z.enum(CARD_STATUSES)).transform(dedupe).default([]),
  risk: z.array(z.enum(RISK_RATINGS)).transform(dedupe).default([]),
  /** A user id, or `me` for the signed-in user. */
  owner: z.union([z.literal('me'), zUuid('must be a user id or "me"')]).optional(),
  createdFrom: ZDateParam.optional(),
  createdTo: ZDateParam.optional(),
  modifiedFrom: ZDateParam.optional(),
  modifiedTo: ZDateParam.optional(),
  sort: z.enum(CARD_SORT_KEYS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  /** The page after this one (a nextCursor from the previous page). */
  cursor: ZCursor.optional(),
  /** The hub's way back: cursors of the pages between the first page and this one, oldest first. The API ignores it. */
  back: z.array(ZCursor).max(1000).default([]),
});

const LIST_PARAMS = new Set(['status', 'risk', 'back']);

/** URLSearchParams or Next's searchParams → one value per parameter, lists split on commas and repeats; empty values count as absent. */
function readParams(input: unknown): Record<string, string | string[]> {
  const entries: [string, string][] = [];
  if (input instanceof URLSearchParams) input.forEach((value, key) => entries.push([key, value]));
  else if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') entries.push([key, item]);
    }
  }
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of entries) {
    if (LIST_PARAMS.has(key)) {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      params[key] = [...((params[key] as string[] | undefined) ?? []), ...items];
    } else if (value.trim() !== '' && params[key] === undefined) {
      // A repeated single-valued parameter counts once, as URLSearchParams.get reads it.
      params[key] = value;
    }
  }
  return params;
}

export const ZCardListQuery = z.preprocess(
  readParams,
  ZCardListQueryObject.transform((query) => ({ ...query, name: query.name || undefined, order: query.order ?? defaultOrder(query.sort) })).superRefine(
    (query, context) => {
      for (const [from, to] of [
        ['createdFrom', 'createdTo'],
        ['modifiedFrom', 'modifiedTo'],
      ] as const) {
        const start = query[from];
        const end = query[to];
        if (start && end && dateBound(start, 'from') > dateBound(end, 'to')) {
          context.addIssue({ code: 'custom', path: [to], message: `must not be before ${from}` });
        }
      }
    },
  ),
);
export type TCardListQuery = z.output<typeof ZCardListQuery>;

export type TCardListQueryResult = { ok: true; query: TCardListQuery } | { ok: false; path: string; message: string };

/** Parses the parameters; a bad one is named by its parameter name, e.g. `status: must be one of …`. */
export function parseCardListQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): TCardListQueryResult {
  const result = ZCardListQuery.safeParse(input, { error: plainMessage });
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0];
  const path = String(issue.path[0] ?? 'query');
  return { ok: false, path, message: `${path}: ${issue.message}` };
}

export type { TCardStatus, TRiskRating };
