import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { listCards } from '@/lib/server/model-cards/list-cards';
import { countCards } from '@/lib/server/model-cards/count-cards';
import { listCardOwners } from '@/lib/server/users/list-card-owners';
import { isCardName } from '@/lib/schemas/card-name';
import { cardFiltersOf, countCardFacets, parseCardListQuery, toCardListItem } from '@/lib/schemas/card-list-query';
import { CardHub } from '@/components/model-cards/hub/card-hub';
import { Notice } from '@/components/ui/notice';
import type { InitialCardList } from '@/components/model-cards/hub/use-card-list';

export const metadata = { title: 'Model cards' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first paint, read through the same services as GET /api/v1/model-cards. */
async function loadFirstPage(actor: Actor, searchParams: Awaited<SearchParams>): Promise<InitialCardList> {
  const parsed = parseCardListQuery(searchParams);
  const fetchedAt = Date.now();
  if (!parsed.ok) return { query: null, data: null, error: parsed.message, fetchedAt };
  const { query } = parsed;
  const filters = cardFiltersOf(query, actor.id);
  try {
    const [page, counts] = await Promise.all([
      listCards({ actor, filters, sortBy: query.sort, sortOrder: query.order, limit: query.limit, cursor: query.cursor }),
      countCardFacets(filters, (facet) => countCards({ actor, filters: facet })),
    ]);
    return { query, data: { items: page.items.map(toCardListItem), nextCursor: page.nextCursor, counts }, error: null, fetchedAt };
  } catch (error) {
    // A page link whose cursor no longer fits (another sort, a changed list) is said on the page, not a crash.
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    return { query, data: null, error: error.message, fetchedAt };
  }
}

export default async function ModelCardsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const [initial, owners] = await Promise.all([loadFirstPage(actor, params), listCardOwners({ actor })]);
  const mayAuthor = hasRole(actor, 'author', 'admin');
  // The card page sends a deleted card's name back here; only a valid card name is echoed.
  const deleted = typeof params.deleted === 'string' && isCardName(params.deleted) ? params.deleted : null;
  const hub = <CardHub initial={initial} owners={owners} currentUserId={actor.id} permissions={{ canAuthor: mayAuthor, canArchive: mayAuthor, canDelete: hasRole(actor, 'admin') }} />;
  if (!deleted) return hub;
  return (
    <div className="space-y-4">
      <Notice tone="success">{`${deleted} and all its versions are deleted. The audit trail keeps who deleted it and every version's hash.`}</Notice>
      {hub}
    </div>
  );
}
