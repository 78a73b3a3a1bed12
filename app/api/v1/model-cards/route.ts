// GET /api/v1/model-cards: the hub's list for the console's browser code and for programs signing with an access key, with the same parameters as the hub's URL.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { listHubCards } from '@/lib/server/screens/hub-list';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';

export async function GET(request: Request) {
  try {
    // A GET has no body: a signature covers the empty payload.
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const parsed = parseCardListQuery(new URL(request.url).searchParams);
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message, { path: parsed.path });
    return json(await listHubCards({ actor, query: parsed.query }));
  } catch (error) {
    return errorResponse(error);
  }
}
