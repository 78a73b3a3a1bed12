// One page of the hub's list with its faceted counts and, per card, the bulk actions this user may take: what the hub's first paint and GET /api/v1/model-cards both send.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import type { TCardListQuery } from '@/lib/schemas/card-list-query';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { cardFiltersOf } from '@/lib/server/model-cards/card-query';
import { listCards } from '@/lib/server/model-cards/list-cards';
import { countCards } from '@/lib/server/model-cards/count-cards';
import type { CardCountsDto } from '@/lib/server/model-cards/count-cards';
import { getBulkCardActions } from '@/lib/server/model-cards/get-bulk-card-actions';
import type { BulkCardActionsDto } from '@/lib/server/model-cards/get-bulk-card-actions';
import type { CardDto } from '@/lib/server/model-cards/card-dto';

/** A card as the hub lists it, dates as ISO strings (the same JSON for the first paint and the API). */
export type TCardListItem = Omit<CardDto, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string; actions: BulkCardActionsDto };
export type TCardListResponse = { items: TCardListItem[]; nextCursor: string | null; counts: CardCountsDto };
/** What the server rendered first: the view it read from the URL and its answer (or why there is none). */
/** `search` is the URL's parameters as the server read them (searchKey): the browser's address bar may have moved on before hydration. */
export type InitialCardList = { search: string; query: TCardListQuery | null; data: TCardListResponse | null; error: string | null; fetchedAt: number };

export async function listHubCards({ actor, query }: { actor: Actor | null; query: TCardListQuery }): Promise<TCardListResponse> {
  const user = requireCardReader(actor);
  const filters = cardFiltersOf(query, user.id);
  const [page, counts] = await Promise.all([
    listCards({ actor: user, filters, sortBy: query.sort, sortOrder: query.order, limit: query.limit, cursor: query.cursor }),
    countCards({ actor: user, filters }),
  ]);
  const actions = await getBulkCardActions({ user, cards: page.items });
  return {
    items: page.items.map((card) => ({
      ...card,
      createdAt: card.createdAt.toISOString(),
      updatedAt: card.updatedAt.toISOString(),
      actions: actions.get(card.id)!,
    })),
    nextCursor: page.nextCursor,
    counts,
  };
}
