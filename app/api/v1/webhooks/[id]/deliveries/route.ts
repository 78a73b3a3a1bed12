// GET /api/v1/webhooks/:id/deliveries?status=Pending|Succeeded|Failed&cursor=…&limit=n: the endpoint's delivery log, newest first (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const query = new URL(request.url).searchParams;
  const limit = query.get('limit');
  return json(
    await listWebhookDeliveries({
      actor,
      endpointId: params.id,
      status: query.get('status') ?? undefined,
      cursor: query.get('cursor') ?? undefined,
      limit: limit === null ? undefined : Number(limit),
    }),
  );
});
