import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getReviewScreen } from '@/lib/server/screens/review-screen';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { ContentHash } from '@/components/model-cards/card-page/content-hash';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { ContentDiff } from '@/components/model-cards/diff/content-diff';
import { CardDocument } from '@/components/model-cards/document/card-document';
import { CardTimeline } from '@/components/model-cards/history/card-timeline';
import { DiffSides } from '@/components/model-cards/history/diff-sides';
import { ReviewDecision } from '@/components/reviews/review-decision';

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: `Review ${(await params).name}` };
}

export default async function ReviewCardPage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { name } = await params;
  const { card, version, submitted, permissions, timeline, base, comparison } = await orNotFound(getReviewScreen({ actor, name }));
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div className="space-y-3">
        <Link href="/reviews" className="text-sm text-muted hover:text-fg">
          ← Review queue
        </Link>
        <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
          Review {card.name}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={card.status} />
          <span className="inline-flex items-center gap-1.5">
            <span className="text-muted">Risk</span>
            <RiskBadge risk={card.riskRating} />
          </span>
          <span className="font-medium">Version {version.version}</span>
          <ContentHash hash={version.contentHash} />
        </div>
        <p className="text-sm text-muted">
          Written by <span className="text-fg">{version.author.name}</span>
          {submitted ? (
            <>
              , submitted by <span className="text-fg">{submitted.by.name}</span> on {formatDateTime(submitted.at)}
            </>
          ) : null}
          .{' '}
          <Link href={`/model-cards/${card.name}`} className="underline underline-offset-2 hover:text-fg">
            Card page
          </Link>
        </p>
      </div>
      {/* Small screens read the decision first, then the changes, then the history; wide screens keep decision and history beside the changes. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <ReviewDecision
            card={{ id: card.id, name: card.name, version: version.version, contentHash: version.contentHash }}
            permissions={permissions}
            blocked={permissions.reviewBlockedReason}
          />
        </div>
        <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {comparison && base ? (
            <>
              <h2 className="text-lg font-semibold">
                {base.reason === 'approved'
                  ? `Changes since the last approved version (${base.version})`
                  : `Changes since version ${base.version}, which was sent back for changes`}
              </h2>
              <DiffSides cardName={card.name} from={comparison.from} to={comparison.to} latest={card.latestVersion} />
              <ContentDiff diff={comparison.diff} />
              <details className="group rounded-xl border border-line bg-surface">
                <summary className="cursor-pointer list-none px-5 py-3 text-sm font-medium hover:bg-sunken [&::-webkit-details-marker]:hidden">
                  <span aria-hidden className="mr-2 inline-block transition-transform group-open:rotate-90">
                    ▸
                  </span>
                  Read the whole of version {version.version}
                </summary>
                <div className="border-t border-line p-4">
                  <CardDocument content={version.content} />
                </div>
              </details>
            </>
          ) : (
            <>
              <h2 className="text-lg font-semibold">First review: the whole card</h2>
              <CardDocument content={version.content} />
            </>
          )}
        </div>
        <div className="lg:col-start-2 lg:row-start-2">
          <CardTimeline cardName={card.name} title="Reviews and status changes" entries={timeline.entries} truncated={timeline.truncated} />
        </div>
      </div>
    </section>
  );
}
