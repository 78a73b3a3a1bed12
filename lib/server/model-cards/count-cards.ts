// The hub's counts by status and by risk, under the same filters as the list.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { RISK_RATINGS } from '@/lib/schemas/model-card-content';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { requireCardReader } from './card-rules';
import { cardWhere } from './card-query';
import type { TCardFilters } from './card-query';
import { CARD_STATUSES } from './card-dto';
import type { TCardStatus } from './card-dto';

export type CardCountsDto = { total: number; byStatus: Record<TCardStatus, number>; byRisk: Record<TRiskRating, number> };

export async function countCards({ actor, filters }: { actor: Actor | null; filters?: TCardFilters }): Promise<CardCountsDto> {
  requireCardReader(actor);
  const where = cardWhere(filters);
  const db = getDb();
  const [statuses, risks] = await Promise.all([
    db.modelCard.groupBy({ by: ['status'], where, _count: { _all: true } }),
    db.modelCard.groupBy({ by: ['riskRating'], where, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(CARD_STATUSES.map((status) => [status, 0])) as Record<TCardStatus, number>;
  for (const group of statuses) byStatus[group.status] = group._count._all;
  const byRisk = Object.fromEntries(RISK_RATINGS.map((risk) => [risk, 0])) as Record<TRiskRating, number>;
  for (const group of risks) byRisk[group.riskRating] = group._count._all;
  return { total: statuses.reduce((sum, group) => sum + group._count._all, 0), byStatus, byRisk };
}
