import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getHubScreen } from '@/lib/server/screens/hub-screen';
import { isCardName } from '@/lib/schemas/card-name';
import { CardHub } from '@/components/model-cards/hub/card-hub';
import { Notice } from '@/components/ui/notice';

export const metadata = { title: 'Model cards' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ModelCardsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const screen = await getHubScreen({ actor, params });
  // The card page sends a deleted card's name back here; only a valid card name is echoed.
  const deleted = typeof params.deleted === 'string' && isCardName(params.deleted) ? params.deleted : null;
  const hub = <CardHub initial={screen.initial} owners={screen.owners} currentUserId={actor.id} canAuthor={screen.canAuthor} />;
  if (!deleted) return hub;
  return (
    <div className="space-y-4">
      <Notice tone="success">{`${deleted} and all its versions are deleted. The audit trail keeps who deleted it and every version's hash.`}</Notice>
      {hub}
    </div>
  );
}
