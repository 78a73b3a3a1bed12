// While a card waits for review, everyone sees how far the approval quorum is; a reviewer who cannot act is told why, in the services' words.
import Link from 'next/link';
import type { CardPermissionsDto } from '@/lib/server/model-cards/get-card-permissions';

export function ReviewStatus({ cardName, permissions, showReviewLink }: { cardName: string; permissions: CardPermissionsDto; showReviewLink: boolean }) {
  const { quorum } = permissions;
  if (!quorum) return null;
  const reason = permissions.approveBlockedReason;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warning/40 bg-warning-soft px-4 py-3 text-sm">
      <div className="space-y-0.5">
        <p className="font-medium text-warning">
          Waiting for review: {quorum.approvals} of {quorum.required} {quorum.required === 1 ? 'approval' : 'approvals'}
        </p>
        <p className="text-fg">
          {quorum.rule}
          {reason ? ` ${reason}.`.replace(/\.\.$/, '.') : ''}
        </p>
      </div>
      {showReviewLink ? (
        <Link href={`/reviews/${cardName}`} className="font-medium text-fg underline underline-offset-2">
          Open the review screen
        </Link>
      ) : null}
    </div>
  );
}
