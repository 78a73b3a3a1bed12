// Rows by risk rating and card status as a table whose cells are shaded by count: readable by screen readers, each cell a link to those rows.
import Link from 'next/link';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import { RISK_DOTS } from '@/components/model-cards/hub/badges';
import type { InventoryCountsDto } from '@/lib/server/dashboard/read-inventory';
import { dashboardHref } from './dashboard-url';
import type { DashboardView } from './dashboard-url';

const RISKS = [...RISK_RATINGS, 'none'] as const;
const STATUSES = [...CARD_STATUSES, 'none'] as const;

/** Five steps of the accent colour; the count is always printed, the shade only repeats it. */
function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return '';
  const step = Math.min(4, Math.ceil((count / max) * 4));
  return ['', 'bg-accent/10', 'bg-accent/20', 'bg-accent/30', 'bg-accent/45'][step]!;
}

export function RiskStatusGrid({ counts, view }: { counts: InventoryCountsDto; view: DashboardView }) {
  const cell = (risk: string, status: string) => counts.grid.find((entry) => entry.risk === risk && entry.status === status)?.count ?? 0;
  const max = Math.max(0, ...counts.grid.map((entry) => entry.count));
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="px-4 pt-3 text-left text-sm font-medium">Risk rating × card status</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left text-xs font-medium text-muted first:pl-4">
              <span className="sr-only">Risk rating</span>
            </th>
            {STATUSES.map((status) => (
              <th key={status} scope="col" className="px-3 py-2 text-right text-xs font-medium text-muted last:pr-4">
                {status === 'none' ? 'No card' : STATUS_LABELS[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RISKS.map((risk) => (
            <tr key={risk} className="border-t border-line">
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium first:pl-4">
                {risk === 'none' ? (
                  'No card'
                ) : (
                  <span className="inline-flex items-center gap-1.5">
                    <span aria-hidden className={`size-1.5 rounded-full ${RISK_DOTS[risk]}`} />
                    {risk}
                  </span>
                )}
              </th>
              {STATUSES.map((status) => {
                const count = cell(risk, status);
                const impossible = (risk === 'none') !== (status === 'none');
                return (
                  <td key={status} className={`px-1 py-1 text-right tabular-nums last:pr-3 ${shade(count, max)}`}>
                    {impossible ? (
                      <span className="block px-2 py-1 text-muted">
                        <span aria-hidden>·</span>
                        <span className="sr-only">not applicable</span>
                      </span>
                    ) : (
                      <Link
                        href={dashboardHref(view, { risk: risk as DashboardView['risk'], status: status as DashboardView['status'] })}
                        aria-label={`${count} ${risk === 'none' ? 'without a card' : `${risk} risk, ${STATUS_LABELS[status as keyof typeof STATUS_LABELS]}`}`}
                        className={`block rounded px-2 py-1 hover:underline ${count === 0 ? 'text-muted' : 'font-medium'}`}
                      >
                        {count.toLocaleString('en-US')}
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
