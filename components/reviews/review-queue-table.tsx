// The reviewer's queue, oldest first: each card with its risk, the author of the version to review, how long it has waited, and the approvals it still needs.
import Link from 'next/link';
import type { ReviewQueueItemDto } from '@/lib/server/reviews/list-review-queue';
import { formatDateTime } from '@/lib/format';
import { RiskBadge } from '@/components/model-cards/hub/badges';
import { waitingTime } from './waiting-time';

const TH = 'px-3 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted first:pl-4 last:pr-4';
const TD = 'px-3 py-3 align-top first:pl-4 last:pr-4';

export function ReviewQueueTable({ items, now }: { items: ReviewQueueItemDto[]; now: number }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Cards waiting for your review, oldest first</caption>
        <thead className="border-b border-line bg-sunken/60">
          <tr>
            <th scope="col" className={TH}>
              Card
            </th>
            <th scope="col" className={TH}>
              Risk
            </th>
            <th scope="col" className={TH}>
              Author
            </th>
            <th scope="col" className={TH}>
              Waiting
            </th>
            <th scope="col" className={TH}>
              Approvals
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((item) => (
            <tr key={item.cardId} data-review-card={item.name}>
              <td className={TD}>
                <Link href={`/reviews/${item.name}`} className="break-all font-medium underline-offset-2 hover:text-accent hover:underline">
                  {item.name}
                </Link>
                <span className="block text-xs text-muted">
                  Version {item.version} · {item.approvedBefore ? 'changes since the last approval' : 'first review'}
                </span>
              </td>
              <td className={TD}>
                <RiskBadge risk={item.riskRating} />
              </td>
              <td className={TD}>{item.author.name}</td>
              <td className={TD}>
                <time dateTime={item.submittedAt.toISOString()} title={`Submitted ${formatDateTime(item.submittedAt)}`}>
                  {waitingTime(item.submittedAt, now)}
                </time>
              </td>
              <td className={TD}>
                {item.approvals} of {item.approvalsRequired}
                {item.approvals > 0 ? <span className="block text-xs text-muted">needs a second reviewer</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
