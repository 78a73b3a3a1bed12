// GET /api/v1/events?after=<cursor>&type=<type>[&type=…]&limit=<n>: the event feed for pollers (SigV4 or session).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listEvents } from '@/lib/server/events/list-events';

export const GET = apiRoute(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const types = params.getAll('type').flatMap((value) => value.split(','));
  return json(await listEvents({ actor, after: params.get('after') ?? undefined, types, limit: params.get('limit') ?? undefined }));
});
