// GET /api/v1/model-cards: the hub's list for the console's browser code and for programs signing with an access key, with the same parameters as the hub's URL.
import { AppError } from '@/lib/server/errors';
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listHubCards } from '@/lib/server/screens/hub-list';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';

export const GET = apiRoute(async ({ request, actor }) => {
  const parsed = parseCardListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message, { path: parsed.path });
  return json(await listHubCards({ actor, query: parsed.query }));
});
