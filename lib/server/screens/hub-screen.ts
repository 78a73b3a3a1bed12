// Everything the hub page shows on first paint: the list as GET /api/v1/model-cards sends it (or why the URL's query cannot be shown), the owner filter's names, and whether to offer creating cards.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';
import { searchKey } from '@/lib/schemas/card-list-params';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { listCardOwners } from '@/lib/server/users/list-card-owners';
import type { CardOwnerDto } from '@/lib/server/users/list-card-owners';
import { listHubCards } from './hub-list';
import type { InitialCardList } from './hub-list';

export type HubScreenDto = { initial: InitialCardList; owners: CardOwnerDto[]; canAuthor: boolean };

async function firstPage(actor: Actor, params: Record<string, string | string[] | undefined>): Promise<InitialCardList> {
  const parsed = parseCardListQuery(params);
  const fetchedAt = Date.now();
  const search = searchKey(params);
  if (!parsed.ok) return { search, query: null, data: null, error: parsed.message, fetchedAt };
  const { query } = parsed;
  try {
    return { search, query, data: await listHubCards({ actor, query }), error: null, fetchedAt };
  } catch (error) {
    // A page link whose cursor no longer fits (another sort, a changed list) is said on the page, not a crash.
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    return { search, query, data: null, error: error.message, fetchedAt };
  }
}

export async function getHubScreen({ actor, params }: { actor: Actor; params: Record<string, string | string[] | undefined> }): Promise<HubScreenDto> {
  const [initial, owners] = await Promise.all([firstPage(actor, params), listCardOwners({ actor })]);
  return { initial, owners, canAuthor: mayAuthorCards(actor) };
}
