// The dashboard's URL for a view: only what differs from the defaults, so links stay short and shareable.
import type { TDashboardQuery } from '@/lib/schemas/dashboard-query';

export type DashboardView = Partial<TDashboardQuery>;

const DEFAULTS: Partial<Record<keyof TDashboardQuery, string>> = { sort: 'nextReview', order: 'asc', page: '1' };
const KEYS = ['q', 'risk', 'status', 'approval', 'flag', 'kind', 'asOf', 'sort', 'order', 'page'] as const;

/** A filter change goes back to page 1 unless the change names a page. */
export function dashboardHref(base: DashboardView, change: DashboardView = {}, path = '/dashboard'): string {
  const view: DashboardView = { ...base, ...change };
  if (!('page' in change)) delete view.page;
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = view[key];
    if (value === undefined || value === null || value === '') continue;
    if (DEFAULTS[key] === String(value)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
