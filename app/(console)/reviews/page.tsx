import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { listReviewQueue, REVIEW_QUEUE_LIMIT } from '@/lib/server/reviews/list-review-queue';
import { countReviewQueue } from '@/lib/server/reviews/count-review-queue';
import { ReviewQueueTable } from '@/components/reviews/review-queue-table';

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
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Reviews
        </h1>
        <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
          <p className="text-sm font-medium">The review queue is for reviewers</p>
          <p className="mx-auto mt-2 max-w-lg text-sm text-muted">
            Reviewers approve model cards or send them back with comments. Every card waiting for review, and its reviews so far, is in the hub.
          </p>
          <Link href="/model-cards?status=PendingReview" className="mt-4 inline-block text-sm font-medium underline underline-offset-2">
            Cards waiting for review
          </Link>
        </div>
      </section>
    );
  }
  const [items, total] = await Promise.all([listReviewQueue({ actor }), countReviewQueue({ actor })]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Reviews
        </h1>
        <p className="mt-1 text-sm text-muted">
          Cards waiting for your decision, oldest first. Cards whose pending version you wrote, or that you already approved, are not listed.
        </p>
      </div>
      {items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center">
          <p className="text-sm font-medium">Nothing is waiting for you</p>
          <p className="mx-auto mt-2 max-w-lg text-sm text-muted">
            When an author submits a card for review it appears here. Cards you already approved that wait for a second reviewer are in the hub under Pending
            review.
          </p>
        </div>
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
