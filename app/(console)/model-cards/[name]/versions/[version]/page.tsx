import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { listVersions } from '@/lib/server/model-cards/list-versions';
import { getCardTimeline } from '@/lib/server/model-cards/get-card-timeline';
import { CardHeader } from '@/components/model-cards/card-page/card-header';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { CardDocument } from '@/components/model-cards/document/card-document';
import { CardTimeline } from '@/components/model-cards/history/card-timeline';
import { OldVersionBanner } from '@/components/model-cards/history/old-version-banner';
import { ExportPdfButton } from '@/components/exports/export-pdf-button';

type Params = Promise<{ name: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { name, version } = await params;
  return { title: `${name} version ${version}` };
}

export default async function CardVersionPage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { name, version: param } = await params;
  if (!/^[1-9]\d{0,8}$/.test(param)) notFound();
  const card = await orNotFound(getCard({ actor, name }));
  const [version, versions, timeline] = await Promise.all([
    orNotFound(getVersion({ actor, cardId: card.id, version: Number(param) })),
    listVersions({ actor, cardId: card.id, order: 'desc', limit: 20 }),
    getCardTimeline({ actor, cardId: card.id }),
  ]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <OldVersionBanner cardName={card.name} version={version.version} latest={card.latestVersion} />
      <CardHeader card={card} version={version} versions={versions.items} />
      {/* Read-only, but any version can be handed to an auditor: export is the one action here. */}
      <ExportPdfButton cardName={card.name} version={version.version} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <CardDocument content={version.content} />
        </div>
        <CardTimeline
          cardName={card.name}
          title={`Version ${version.version}: status changes and reviews`}
          entries={timeline.entries.filter((entry) => entry.version === version.version)}
        />
      </div>
    </section>
  );
}
