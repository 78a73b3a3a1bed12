// Counts over the whole inventory at the top of the dashboard; each flag count is a link that filters the rows to it.
import Link from 'next/link';
import { DASHBOARD_FLAGS, DASHBOARD_FLAG_LABELS } from '@/lib/schemas/dashboard-query';
import type { InventoryCountsDto } from '@/lib/server/dashboard/read-inventory';
import { dashboardHref } from './dashboard-url';
import type { DashboardView } from './dashboard-url';

export function DashboardCounts({ counts, view }: { counts: InventoryCountsDto; view: DashboardView }) {
  return (
    <ul aria-label="Counts" className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      <li className="rounded-xl border border-line bg-surface px-4 py-3">
        <Link href={dashboardHref({ asOf: view.asOf })} className="block hover:text-accent">
          <span className="block text-2xl font-semibold tabular-nums">{counts.total.toLocaleString('en-US')}</span>
          <span className="text-xs text-muted">In the inventory</span>
        </Link>
      </li>
      {DASHBOARD_FLAGS.map((flag) => {
        const count = counts.flags[flag];
        const active = view.flag === flag;
        return (
          <li key={flag} className={`rounded-xl border bg-surface px-4 py-3 ${active ? 'border-accent ring-1 ring-accent' : 'border-line'}`}>
            <Link
              href={dashboardHref(view, { flag: active ? undefined : flag })}
              aria-current={active ? 'true' : undefined}
              data-count={flag}
              className="block hover:text-accent"
            >
              <span className={`block text-2xl font-semibold tabular-nums ${count > 0 && flag !== 'card-never-approved' ? 'text-danger' : ''}`}>
                {count.toLocaleString('en-US')}
              </span>
              <span className="text-xs text-muted">{DASHBOARD_FLAG_LABELS[flag]}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
