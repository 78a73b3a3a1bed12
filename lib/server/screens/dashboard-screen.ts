// Everything /dashboard shows on first paint: counts and the risk × status grid over the whole inventory, one page of rows for the URL's filters and sort, the review policy, and whether this user reviews.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { hasRole } from '@/lib/server/auth/actor';
import { requireRegistryReader } from '@/lib/server/registry/registry-rules';
import { DASHBOARD_PAGE_SIZE, parseDashboardQuery } from '@/lib/schemas/dashboard-query';
import type { TDashboardQuery, TReviewPolicy } from '@/lib/schemas/dashboard-query';
import { inventoryContext, judgedAt, readInventoryScreen } from '@/lib/server/dashboard/read-inventory';
import type { InventoryCountsDto, InventoryRowDto } from '@/lib/server/dashboard/read-inventory';

export type DashboardScreenDto = {
  query: TDashboardQuery | null;
  error: string | null;
  rows: InventoryRowDto[];
  matching: number;
  pageSize: number;
  counts: InventoryCountsDto;
  policy: TReviewPolicy;
  canReview: boolean;
  now: string;
};

/** `now` is the moment overdue is judged against (tests pass their own). */
export async function getDashboardScreen({
  actor,
  params,
  now = new Date(),
  pageSize = DASHBOARD_PAGE_SIZE,
}: {
  actor: Actor | null;
  params: Record<string, string | string[] | undefined>;
  now?: Date;
  pageSize?: number;
}): Promise<DashboardScreenDto> {
  const user = requireRegistryReader(actor);
  const parsed = parseDashboardQuery(params);
  const context = await inventoryContext(judgedAt(parsed.ok ? parsed.query : null, now));
  const { rows, matching, counts } = await readInventoryScreen(context, parsed.ok ? parsed.query : null, pageSize);
  return {
    query: parsed.ok ? parsed.query : null,
    error: parsed.ok ? null : parsed.message,
    rows,
    matching,
    pageSize,
    counts,
    policy: context.policy,
    canReview: hasRole(user, 'reviewer'),
    now: context.now.toISOString(),
  };
}
