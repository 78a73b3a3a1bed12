// GET /api/v1/events?after=<cursor>&type=<type>[&type=…]&limit=<n>: the event feed for pollers (SigV4 or session).
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZCursor } from '@/lib/schemas/input-values';
import { json } from '@/lib/server/http/api-response';
import { listEvents } from '@/lib/server/events/list-events';

export const GET = apiRoute(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const types = params.getAll('type').flatMap((value) => value.split(','));
  const after = params.get('after');
  return json(
    await listEvents({ actor, after: after === null ? undefined : parseParam('after', ZCursor, after), types, limit: params.get('limit') ?? undefined }),
  );
});
