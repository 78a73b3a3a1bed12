// What the hub asks for: one set of filters shared by listCards and countCards, so the counts always describe the list.
import 'server-only';
import { z } from 'zod';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { parseInput } from '@/lib/server/parse-input';
import { MIN_TIME_MS, dateBound } from '@/lib/schemas/input-values';
import type { TCardListQuery } from '@/lib/schemas/card-list-query';
import { CARD_STATUSES } from './card-dto';

export const ZCardFilters = z.strictObject({
  /**
   * Case-insensitive part of the name (ILIKE '%…%'). From 3 characters the trigram index ModelCard_name_trgm_idx answers it; 1–2 characters
   * hold no trigram, so the page walks the sort's index until it is full and the counts scan (bench:hub measures both).
   */
  nameContains: z.string().trim().max(256).optional(),
  /** Any of these statuses (an empty list filters nothing). */
  status: z.array(z.enum(CARD_STATUSES)).optional(),
  riskRating: z.array(z.enum(RISK_RATINGS)).optional(),
  ownerId: z.string().optional(),
  /** Strict bounds: created after / before these instants. */
  createdAfter: z.date().optional(),
  createdBefore: z.date().optional(),
  modifiedAfter: z.date().optional(),
  modifiedBefore: z.date().optional(),
});
export type TCardFilters = z.input<typeof ZCardFilters>;

/** The hub's URL query as filters; `me` becomes the signed-in user. Date-only bounds cover whole UTC days. */
export function cardFiltersOf(query: TCardListQuery, actorId: string): TCardFilters {
  const before = (value: string | undefined) => (value ? new Date(dateBound(value, 'to').getTime() + 1) : undefined);
  // The day before 0001-01-01 is year 0, which PostgreSQL does not have; nothing was created before the first instant it does.
  const after = (value: string | undefined) => (value ? new Date(Math.max(dateBound(value, 'from').getTime() - 1, MIN_TIME_MS)) : undefined);
  return {
    nameContains: query.name,
    status: query.status.length ? query.status : undefined,
    riskRating: query.risk.length ? query.risk : undefined,
    ownerId: query.owner === 'me' ? actorId : query.owner,
    createdAfter: after(query.createdFrom),
    createdBefore: before(query.createdTo),
    modifiedAfter: after(query.modifiedFrom),
    modifiedBefore: before(query.modifiedTo),
  };
}

/** LIKE treats % and _ as wildcards and \ as the escape; a search for them means the characters themselves. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function range(after: Date | undefined, before: Date | undefined): Prisma.DateTimeFilter | undefined {
  if (!after && !before) return undefined;
  return { ...(after ? { gt: after } : {}), ...(before ? { lt: before } : {}) };
}

export function cardWhere(filters: TCardFilters = {}): Prisma.ModelCardWhereInput {
  const parsed = parseInput(ZCardFilters, filters);
  const created = range(parsed.createdAfter, parsed.createdBefore);
  const modified = range(parsed.modifiedAfter, parsed.modifiedBefore);
  return {
    ...(parsed.nameContains ? { name: { contains: likeLiteral(parsed.nameContains), mode: 'insensitive' } } : {}),
    ...(parsed.status?.length ? { status: { in: parsed.status } } : {}),
    ...(parsed.riskRating?.length ? { riskRating: { in: parsed.riskRating } } : {}),
    ...(parsed.ownerId ? { ownerId: parsed.ownerId } : {}),
    ...(created ? { createdAt: created } : {}),
    ...(modified ? { updatedAt: modified } : {}),
  };
}
