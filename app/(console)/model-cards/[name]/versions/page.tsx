import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { listVersions } from '@/lib/server/model-cards/list-versions';
import { getCardTimeline } from '@/lib/server/model-cards/get-card-timeline';
import { StatusBadge } from '@/components/model-cards/hub/badges';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { CompareForm } from '@/components/model-cards/history/compare-form';
import { VersionList } from '@/components/model-cards/history/version-list';
import { Notice } from '@/components/ui/notice';
import { isAppError } from '@/lib/server/errors';

type Params = Promise<{ name: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: `History of ${(await params).name}` };
}

export default async function VersionHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { name } = await params;
  const cursor = (await searchParams).cursor;
  const card = await orNotFound(getCard({ actor, name }));
  const [page, timeline] = await Promise.all([
    listVersions({ actor, cardId: card.id, order: 'desc', limit: 50, cursor: typeof cursor === 'string' ? cursor : undefined }).catch((error: unknown) => {
      // A stale or edited page link starts the list again with a message, not a crash.
      if (isAppError(error) && error.code === 'INVALID_INPUT') return { items: null, nextCursor: null, message: error.message };
      throw error;
    }),
    getCardTimeline({ actor, cardId: card.id }),
  ]);
  const latest = card.latestVersion;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div className="space-y-2">
        <Link href={`/model-cards/${card.name}`} className="text-sm text-muted hover:text-fg">
          ← {card.name}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
            Version history
          </h1>
          <StatusBadge status={card.status} />
        </div>
        <p className="text-sm text-muted">
          {card.name} has {latest} {latest === 1 ? 'version' : 'versions'}. A version never changes once saved; each status change and review names the version
          and its hash.
        </p>
      </div>
      {latest > 1 ? (
        <div className="rounded-xl border border-line bg-surface p-4">
          <CompareForm cardName={card.name} latest={latest} from={latest - 1} to={latest} />
        </div>
      ) : null}
      {page.items ? (
        <VersionList cardName={card.name} latest={latest} versions={page.items} entries={timeline.entries} />
      ) : (
        <Notice tone="error">
          {'message' in page ? page.message : null}{' '}
          <Link href={`/model-cards/${card.name}/versions`} className="underline">
            Show the newest versions
          </Link>
        </Notice>
      )}
      {page.nextCursor ? (
        <Link href={`/model-cards/${card.name}/versions?cursor=${page.nextCursor}`} className="inline-block text-sm font-medium underline underline-offset-2">
          Older versions →
        </Link>
      ) : null}
    </section>
  );
}
