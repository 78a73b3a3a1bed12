import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getCardScreen } from '@/lib/server/screens/card-screen';
import { CardHeader } from '@/components/model-cards/card-page/card-header';
import { CardActions } from '@/components/model-cards/card-page/card-actions';
import { ReviewStatus } from '@/components/model-cards/card-page/review-status';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { CardDocument } from '@/components/model-cards/document/card-document';
import { CardTimeline } from '@/components/model-cards/history/card-timeline';
import { CardSubject } from '@/components/registry/card-subject';

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: (await params).name };
}

export default async function ModelCardPage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { name } = await params;
  const { card, version, versions, permissions, timeline, showReviewLink, subject } = await orNotFound(getCardScreen({ actor, name }));
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <CardHeader
        card={card}
        version={version}
        versions={versions}
        actions={<CardActions card={{ id: card.id, name: card.name, version: version.version, contentHash: version.contentHash }} permissions={permissions} />}
      />
      <CardSubject subject={subject} />
      <ReviewStatus cardName={card.name} permissions={permissions} showReviewLink={showReviewLink} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <CardDocument content={version.content} />
        </div>
        <CardTimeline cardName={card.name} entries={timeline.entries} truncated={timeline.truncated} />
      </div>
    </section>
  );
}
