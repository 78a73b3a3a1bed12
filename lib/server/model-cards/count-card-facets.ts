// The hub's counts are faceted: the status counts apply every filter except status and the risk counts every filter except risk, so a selected status still shows what adding another would bring.
import 'server-only';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import type { TCardFilters } from './card-query';
import { CARD_STATUSES } from './card-dto';
import type { TCardStatus } from './card-dto';

export type CardCountsDto = { total: number; byStatus: Record<TCardStatus, number>; byRisk: Record<TRiskRating, number> };
/** How many cards have this status and this risk, under every filter but status and risk. */
export type CardCountCell = { status: TCardStatus; riskRating: TRiskRating; cards: number };

/** Every facet from one table of cells: byStatus sums the cells of the chosen risks, byRisk those of the chosen statuses, `total` (the size of the filtered list) the cells in both. */
export function countCardFacets(filters: TCardFilters, cells: CardCountCell[]): CardCountsDto {
  const statusChosen = (status: TCardStatus) => !filters.status?.length || filters.status.includes(status);
  const riskChosen = (risk: TRiskRating) => !filters.riskRating?.length || filters.riskRating.includes(risk);
  const byStatus = Object.fromEntries(CARD_STATUSES.map((status) => [status, 0])) as Record<TCardStatus, number>;
  const byRisk = Object.fromEntries(RISK_RATINGS.map((risk) => [risk, 0])) as Record<TRiskRating, number>;
  let total = 0;
  for (const { status, riskRating, cards } of cells) {
    if (riskChosen(riskRating)) byStatus[status] += cards;
    if (statusChosen(status)) byRisk[riskRating] += cards;
    if (statusChosen(status) && riskChosen(riskRating)) total += cards;
  }
  return { total, byStatus, byRisk };
}
