// The dashboard's filters as a plain GET form: the URL holds the view, the page renders it on the server, and it works from the keyboard without script.
import Link from 'next/link';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import { MODEL_APPROVAL_STATUSES } from '@/lib/schemas/registry';
import { DASHBOARD_FLAGS, DASHBOARD_FLAG_LABELS } from '@/lib/schemas/dashboard-query';
import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import { inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { buttonClass } from '@/components/ui/button';
import type { DashboardView } from './dashboard-url';
import { dashboardHref } from './dashboard-url';

const labelClass = 'mb-1 block text-xs font-medium text-muted';
const APPROVAL_LABELS = { PendingManualApproval: 'Pending approval', Approved: 'Approved', Rejected: 'Rejected' } as const;

export function DashboardFilters({ view, csvHref }: { view: DashboardView; csvHref: string }) {
  const filtered = Boolean(view.q || view.risk || view.status || view.approval || view.flag || view.kind || view.asOf);
  return (
    <form method="get" action="/dashboard" role="search" aria-label="Filter the inventory" className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1">
        <label htmlFor="dashboard-q" className={labelClass}>
          Name
        </label>
        <input
          id="dashboard-q"
          name="q"
          type="search"
          defaultValue={view.q ?? ''}
          placeholder="e.g. churn"
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} h-10`}
        />
      </div>
      <FilterSelect
        form="dashboard"
        name="flag"
        label="Flag"
        value={view.flag}
        options={DASHBOARD_FLAGS.map((flag) => ({ value: flag, label: DASHBOARD_FLAG_LABELS[flag] }))}
      />
      <FilterSelect
        form="dashboard"
        name="risk"
        label="Risk"
        value={view.risk}
        options={[...RISK_RATINGS.map((risk) => ({ value: risk, label: risk })), { value: 'none', label: 'No card' }]}
      />
      <FilterSelect
        form="dashboard"
        name="status"
        label="Card status"
        value={view.status}
        options={[...CARD_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })), { value: 'none', label: 'No card' }]}
      />
      <FilterSelect
        form="dashboard"
        name="approval"
        label="Package approval"
        value={view.approval}
        options={MODEL_APPROVAL_STATUSES.map((status) => ({ value: status, label: APPROVAL_LABELS[status] }))}
      />
      <FilterSelect
        form="dashboard"
        name="kind"
        label="Row"
        value={view.kind}
        options={[
          { value: 'package', label: 'Package versions' },
          { value: 'model', label: 'Models' },
          { value: 'card', label: 'Unlinked cards' },
        ]}
      />
      <div className="w-40">
        <label htmlFor="dashboard-asOf" className={labelClass}>
          Overdue as of
        </label>
        <input id="dashboard-asOf" name="asOf" type="date" defaultValue={view.asOf ?? ''} autoComplete="off" className={`${inputClass} h-10`} />
      </div>
      {view.sort && view.sort !== 'nextReview' ? <input type="hidden" name="sort" value={view.sort} /> : null}
      {view.order && view.order !== 'asc' ? <input type="hidden" name="order" value={view.order} /> : null}
      <button type="submit" className={buttonClass('primary', 'h-10')}>
        Apply
      </button>
      {filtered ? (
        <Link href={dashboardHref({ sort: view.sort, order: view.order })} className={buttonClass('ghost', 'h-10')}>
          Clear filters
        </Link>
      ) : null}
      <a href={csvHref} download className={buttonClass('secondary', 'h-10 ml-auto')}>
        Export CSV
      </a>
    </form>
  );
}
