// GET /api/v1/model-cards: the hub's list for the console's browser code and for programs signing with an access key, with the same parameters as the hub's URL.
import { AppError } from '@/lib/server/errors';
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listCards } from '@/lib/server/model-cards/list-cards';
import { countCards } from '@/lib/server/model-cards/count-cards';
import { cardFiltersOf, countCardFacets, parseCardListQuery, toCardListItem } from '@/lib/schemas/card-list-query';
import type { TCardListResponse } from '@/lib/schemas/card-list-query';

export const GET = apiRoute(async ({ request, actor }) => {
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
});
