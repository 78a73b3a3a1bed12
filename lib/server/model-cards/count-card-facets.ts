// The hub's counts are faceted: the status counts apply every filter except status and the risk counts every filter except risk, so a selected status still shows what adding another would bring.
import 'server-only';
import type { TCardFilters } from './card-query';
import type { CardCountsDto } from './count-cards';
import type { TCardStatus } from './card-dto';

/** `total` is the size of the filtered list. Without a status or risk filter this is one count. */
export async function countCardFacets(filters: TCardFilters, count: (filters: TCardFilters) => Promise<CardCountsDto>): Promise<CardCountsDto> {
  const hasStatus = !!filters.status?.length;
  const hasRisk = !!filters.riskRating?.length;
  if (!hasStatus && !hasRisk) return count(filters);
  const [forStatus, forRisk] = await Promise.all([count({ ...filters, status: undefined }), count({ ...filters, riskRating: undefined })]);
  const chosen = (filters.status ?? []) as TCardStatus[];
  const total = hasStatus ? chosen.reduce((sum, status) => sum + forStatus.byStatus[status], 0) : forStatus.total;
  return { total, byStatus: forStatus.byStatus, byRisk: forRisk.byRisk };
}
