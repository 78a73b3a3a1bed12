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
   * Case-insensitive part of the name (ILIKE '%…%'). From 3 characters a trigram index answers it (ModelCard_nameLower_trgm_idx for ASCII
   * terms other than I, ModelCard_name_trgm_idx for the rest: nameFilter below); 1–2 characters hold no trigram, so the gram index
   * ModelCard_nameGrams_idx answers them (nameGramCodes below; bench:hub measures them all).
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

/** A character's code in nameGrams (migration card_name_grams): its code point, 127 for any beyond ASCII. */
const gramCode = (character: string) => Math.min(character.codePointAt(0)!, 127);

/**
 * The nameGrams codes one of which every name containing a term of 1–2 characters holds, or null where the term has more or where JavaScript
 * cannot know how the database lower-cases it (beyond ASCII, lower() follows the database's locale), and ILIKE alone answers. In a UTF-8
 * database ILIKE compares lower(term) with lower(name), and the codes are of lower(name), so the code of lower(term) is enough; in ASCII
 * lower() only maps A–Z to a–z, but for I, which a Turkish locale lowers to ı (code 127, which other characters share).
 * `exact`: holding the code is containing the term, so no ILIKE is needed (it would double the cost of counting: lower() of every name found).
 * Exported for name-search.test.ts, which checks it under a Turkish collation.
 */
export function nameGramCodes(term: string): { codes: number[]; exact: boolean } | null {
  if (!/^[\x01-\x7e]{1,2}$/.test(term)) return null;
  const lowered = [...term].map((character) => (character === 'I' ? ['i', 'ı'] : [character.toLowerCase()]));
  const [first, second] = lowered.map((choices) => choices.map(gramCode));
  return { codes: second ? first.flatMap((code) => second.map((next) => code * 128 + next)) : first, exact: knownLowerCase(term) !== null };
}

function range(after: Date | undefined, before: Date | undefined): Prisma.DateTimeFilter | undefined {
  if (!after && !before) return undefined;
  return { ...(after ? { gt: after } : {}), ...(before ? { lt: before } : {}) };
}

/**
 * lower(term) where JavaScript knows it exactly as the database computes it: ASCII other than I (the reasoning of nameGramCodes), else
 * null. Exported for name-search.test.ts.
 */
export function knownLowerCase(term: string): string | null {
  return /^[\x01-\x7e]+$/.test(term) && !term.includes('I') ? term.toLowerCase() : null;
}

function nameFilter(term: string): Prisma.ModelCardWhereInput {
  const grams = nameGramCodes(term);
  const ilike: Prisma.ModelCardWhereInput = { name: { contains: likeLiteral(term), mode: 'insensitive' } };
  if (grams) return { nameGrams: { hasSome: grams.codes }, ...(grams.exact ? {} : ilike) };
  // ILIKE is LIKE of lower(term) in lower(name) (UTF-8): with both known, a plain LIKE on the stored lower(name) answers it, through
  // ModelCard_nameLower_trgm_idx, without lower() of every name the index finds (that was most of the cost).
  const lowered = knownLowerCase(term);
  return lowered === null ? ilike : { nameLower: { contains: likeLiteral(lowered) } };
}

/**
 * What the counts under a name search alone (no owner or date filter; status and risk are the counts' own facets) ask of CardSearch, the
 * narrow copy of each card's lower-cased name, status and risk: for a term nameFilter answers with LIKE on lower(name), the same LIKE.
 * Null for anything else, which cardWhere over ModelCard answers.
 */
export function cardSearchWhere(filters: TCardFilters): Prisma.CardSearchWhereInput | null {
  const { nameContains, ...rest } = parseInput(ZCardFilters, filters);
  // Any filter but the facets (a filter added later included) leaves it to cardWhere.
  const others = Object.entries(rest).filter(([key, value]) => key !== 'status' && key !== 'riskRating' && value !== undefined);
  if (!nameContains || others.length > 0) return null;
  if (nameGramCodes(nameContains)) return null;
  const lowered = knownLowerCase(nameContains);
  return lowered === null ? null : { nameLower: { contains: likeLiteral(lowered) } };
}

export function cardWhere(filters: TCardFilters = {}): Prisma.ModelCardWhereInput {
  const parsed = parseInput(ZCardFilters, filters);
  const created = range(parsed.createdAfter, parsed.createdBefore);
  const modified = range(parsed.modifiedAfter, parsed.modifiedBefore);
  return {
    ...(parsed.nameContains ? nameFilter(parsed.nameContains) : {}),
    ...(parsed.status?.length ? { status: { in: parsed.status } } : {}),
    ...(parsed.riskRating?.length ? { riskRating: { in: parsed.riskRating } } : {}),
    ...(parsed.ownerId ? { ownerId: parsed.ownerId } : {}),
    ...(created ? { createdAt: created } : {}),
    ...(modified ? { updatedAt: modified } : {}),
  };
}
