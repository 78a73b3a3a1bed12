import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { listReviewQueue, REVIEW_QUEUE_LIMIT } from '@/lib/server/reviews/list-review-queue';
import { countReviewQueue } from '@/lib/server/reviews/count-review-queue';
import { ReviewQueueTable } from '@/components/reviews/review-queue-table';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button';

export const metadata = { title: 'Reviews' };

/** The moment the page is rendered, for the waiting times. */
function renderedAt(): number {
  return Date.now();
}

export default async function ReviewsPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'reviewer')) {
    return (
      <section aria-labelledby="page-title" className="space-y-4">
        <PageHeader title="Reviews" />
        <EmptyState
          title="The review queue is for reviewers"
          actions={
            <Link href="/model-cards?status=PendingReview" className={buttonClass('secondary')}>
              Cards waiting for review
            </Link>
          }
        >
          Reviewers approve model cards or send them back with comments. Every card waiting for review, and its reviews so far, is in the hub.
        </EmptyState>
      </section>
    );
  }
  const [items, total] = await Promise.all([listReviewQueue({ actor }), countReviewQueue({ actor })]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Reviews">
        Cards waiting for your decision, oldest first. Cards whose pending version you wrote, or that you already approved, are not listed.
      </PageHeader>
      {items.length === 0 ? (
        <EmptyState title="Nothing is waiting for you">
          When an author submits a card for review it appears here. Cards you already approved that wait for a second reviewer are in the hub under Pending
          review.
        </EmptyState>
      ) : (
        <>
          <p role="status" className="text-sm">
            {total} {total === 1 ? 'card waits' : 'cards wait'} for your review
            {total > items.length ? ` — the oldest ${REVIEW_QUEUE_LIMIT} are shown; decide on them to see the rest.` : '.'}
          </p>
          <ReviewQueueTable items={items} now={renderedAt()} />
        </>
      )}
    </section>
  );
}
