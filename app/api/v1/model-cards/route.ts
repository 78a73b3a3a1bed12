// GET /api/v1/model-cards: the hub's list for the console's browser code and for programs signing with an access key, with the same parameters as the hub's URL.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { listCards } from '@/lib/server/model-cards/list-cards';
import { countCards } from '@/lib/server/model-cards/count-cards';
import { cardFiltersOf, countCardFacets, parseCardListQuery, toCardListItem } from '@/lib/schemas/card-list-query';
import type { TCardListResponse } from '@/lib/schemas/card-list-query';

export async function GET(request: Request) {
  try {
    // A GET has no body: a signature covers the empty payload.
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const parsed = parseCardListQuery(new URL(request.url).searchParams);
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message, { path: parsed.path });
    const { query } = parsed;
    const filters = cardFiltersOf(query, actor.id);
    const [page, counts] = await Promise.all([
      listCards({ actor, filters, sortBy: query.sort, sortOrder: query.order, limit: query.limit, cursor: query.cursor }),
      countCardFacets(filters, (facet) => countCards({ actor, filters: facet })),
    ]);
    const body: TCardListResponse = { items: page.items.map(toCardListItem), nextCursor: page.nextCursor, counts };
    return json(body);
  } catch (error) {
    return errorResponse(error);
  }
}
