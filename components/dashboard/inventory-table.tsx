// The inventory rows: what each row is, its card, risk, statuses, last approval, next review and flags; column headers sort through the URL, and an overdue row offers its re-review to reviewers.
import Link from 'next/link';
import type { InventoryRowDto } from '@/lib/server/dashboard/read-inventory';
import type { TDashboardSortKey } from '@/lib/schemas/dashboard-query';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { FlagBadge } from './flag-badge';
import { StartReReviewButton } from './start-re-review-button';
import { dashboardHref } from './dashboard-url';
import type { DashboardView } from './dashboard-url';

const TH = 'px-3 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted first:pl-4 last:pr-4';
const TD = 'px-3 py-3 align-top first:pl-4 last:pr-4';
const KIND_LABELS = { package: 'Package version', model: 'Model', card: 'Card only' } as const;
const APPROVAL_LABELS = { PendingManualApproval: 'Pending approval', Approved: 'Approved', Rejected: 'Rejected' } as const;

function SortHeader({ label, sortKey, view }: { label: string; sortKey: TDashboardSortKey; view: DashboardView }) {
  const active = (view.sort ?? 'nextReview') === sortKey;
  const order = active ? (view.order ?? 'asc') : null;
  const next = active && order === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className={TH} aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : undefined}>
      <Link href={dashboardHref(view, { sort: sortKey, order: next })} className="inline-flex items-center gap-1 hover:text-fg">
        {label}
        <span aria-hidden>{order === 'asc' ? '↑' : order === 'desc' ? '↓' : ''}</span>
      </Link>
    </th>
  );
}

function Subject({ row }: { row: InventoryRowDto }) {
  const name =
    row.kind === 'package' && row.groupName ? (
      <Link href={`/registry/${row.groupName}/${row.packageVersion}`} className="break-words font-medium underline-offset-2 hover:text-accent hover:underline">
        {row.name}
      </Link>
    ) : row.kind === 'card' && row.card ? (
      <Link href={`/model-cards/${row.card.name}`} className="break-words font-medium underline-offset-2 hover:text-accent hover:underline">
        {row.name}
      </Link>
    ) : (
      <span className="break-words font-medium">{row.name}</span>
    );
  return (
    <>
      {name}
      <span className="block text-xs text-muted">
        {KIND_LABELS[row.kind]}
        {row.kind === 'card' ? (row.subject ? ` · documents ${row.subject}` : ' · documents nothing registered') : ''}
      </span>
    </>
  );
}

export function InventoryTable({ rows, view, canReview }: { rows: InventoryRowDto[]; view: DashboardView; canReview: boolean }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Model inventory: one row per package version, registered model and card that documents neither</caption>
        <thead className="border-b border-line bg-sunken/60">
          <tr>
            <SortHeader label="Name" sortKey="name" view={view} />
            <th scope="col" className={TH}>
              Card
            </th>
            <SortHeader label="Risk" sortKey="risk" view={view} />
            <SortHeader label="Card status" sortKey="status" view={view} />
            <th scope="col" className={TH}>
              Package
            </th>
            <SortHeader label="Last approved" sortKey="lastApproved" view={view} />
            <SortHeader label="Next review" sortKey="nextReview" view={view} />
            <th scope="col" className={TH}>
              Flags
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={`${row.kind}:${row.subject ?? row.card?.id ?? row.name}`} data-row={row.name}>
              <td className={`${TD} min-w-44`}>
                <Subject row={row} />
              </td>
              <td className={`${TD} min-w-44`}>
                {row.card ? (
                  <>
                    <Link href={`/model-cards/${row.card.name}`} className="break-words underline-offset-2 hover:text-accent hover:underline">
                      {row.card.name}
                    </Link>
                    {row.card.owner ? <span className="block text-xs text-muted">Owner {row.card.owner}</span> : null}
                  </>
                ) : (
                  <span className="text-muted">No card</span>
                )}
              </td>
              <td className={TD}>{row.card ? <RiskBadge risk={row.card.riskRating} /> : <span className="text-muted">—</span>}</td>
              <td className={TD}>{row.card ? <StatusBadge status={row.card.status} /> : <span className="text-muted">—</span>}</td>
              <td className={TD}>{row.packageApproval ? APPROVAL_LABELS[row.packageApproval] : <span className="text-muted">—</span>}</td>
              <td className={`${TD} min-w-36`}>
                {row.lastApproved ? (
                  <>
                    <time dateTime={row.lastApproved.at}>{formatDateTime(row.lastApproved.at)}</time>
                    <span className="block text-xs text-muted">by {row.lastApproved.by}</span>
                  </>
                ) : (
                  <span className="text-muted">Never</span>
                )}
              </td>
              <td className={TD}>
                {row.nextReviewAt ? (
                  <time dateTime={row.nextReviewAt} className={row.flags.includes('review-overdue') ? 'font-medium text-danger' : ''}>
                    {formatDateTime(row.nextReviewAt).replace(/,? \d\d:\d\d UTC$/, '')}
                  </time>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className={`${TD} min-w-48`}>
                <div className="flex flex-wrap gap-1">
                  {row.flags.map((flag) => (
                    <FlagBadge key={flag} flag={flag} />
                  ))}
                </div>
                {canReview && row.card && row.flags.includes('review-overdue') ? <StartReReviewButton card={row.card} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
