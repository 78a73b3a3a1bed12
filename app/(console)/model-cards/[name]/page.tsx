import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { listVersions } from '@/lib/server/model-cards/list-versions';
import { getCardPermissions } from '@/lib/server/model-cards/get-card-permissions';
import { getCardTimeline } from '@/lib/server/model-cards/get-card-timeline';
import { CardHeader } from '@/components/model-cards/card-page/card-header';
import { CardActions } from '@/components/model-cards/card-page/card-actions';
import { ReviewStatus } from '@/components/model-cards/card-page/review-status';
import { orNotFound } from '@/components/model-cards/card-page/or-not-found';
import { CardDocument } from '@/components/model-cards/document/card-document';
import { CardTimeline } from '@/components/model-cards/history/card-timeline';

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: (await params).name };
}

export default async function ModelCardPage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { name } = await params;
  const card = await orNotFound(getCard({ actor, name }));
  const [version, versions, permissions, timeline] = await Promise.all([
    getVersion({ actor, cardId: card.id }),
    listVersions({ actor, cardId: card.id, order: 'desc', limit: 20 }),
    getCardPermissions({ actor, cardId: card.id }),
    getCardTimeline({ actor, cardId: card.id }),
  ]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <CardHeader
        card={card}
        version={version}
        versions={versions.items}
        actions={<CardActions card={{ id: card.id, name: card.name, version: version.version, contentHash: version.contentHash }} permissions={permissions} />}
      />
      <ReviewStatus cardName={card.name} riskRating={card.riskRating} permissions={permissions} showReviewLink={hasRole(actor, 'reviewer')} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <CardDocument content={version.content} />
        </div>
        <CardTimeline cardName={card.name} entries={timeline.entries} truncated={timeline.truncated} />
      </div>
    </section>
  );
}
