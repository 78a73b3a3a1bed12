// The hub's counts by status and by risk, under the same filters as the list: without a name, owner or date filter they are read from
// CardCount (kept exact by a trigger in every card change's transaction, 16 rows); under a name search alone they are counted in
// CardSearch (a narrow copy of name, status and risk, kept by a trigger too); otherwise over the matching cards in one GROUP BY.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';
import { cardSearchWhere, cardWhere } from './card-query';
import type { TCardFilters } from './card-query';
import { countCardFacets } from './count-card-facets';
import type { CardCountCell, CardCountsDto } from './count-card-facets';

export type { CardCountsDto };

async function countCells(filters: TCardFilters): Promise<CardCountCell[]> {
  const db = getDb();
  const where = cardWhere({ ...filters, status: undefined, riskRating: undefined });
  if (Object.keys(where).length === 0) return db.cardCount.findMany({ select: { status: true, riskRating: true, cards: true } });
  const search = cardSearchWhere(filters);
  const groups = search
    ? await db.cardSearch.groupBy({ by: ['status', 'riskRating'], where: search, _count: { _all: true } })
    : await db.modelCard.groupBy({ by: ['status', 'riskRating'], where, _count: { _all: true } });
  return groups.map((group) => ({ status: group.status, riskRating: group.riskRating, cards: group._count._all }));
}

/** Faceted (see count-card-facets.ts): what the hub shows beside its list. */
export async function countCards({ actor, filters = {} }: { actor: Actor | null; filters?: TCardFilters }): Promise<CardCountsDto> {
  requireCardReader(actor);
  return countCardFacets(filters, await countCells(filters));
}
