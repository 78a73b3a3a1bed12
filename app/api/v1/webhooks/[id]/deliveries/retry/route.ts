// POST /api/v1/webhooks/:id/deliveries/retry {since}: puts the endpoint's given-up deliveries created since then back in the queue (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { jsonBody } from '@/lib/server/http/json-body';
import { retryFailedWebhookDeliveries } from '@/lib/server/webhooks/retry-failed-webhook-deliveries';

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) =>
    json({ requeued: await retryFailedWebhookDeliveries({ actor, endpointId: params.id, since: jsonBody(body).since as string }) }),
  { maxBodyBytes: 4 * 1024 },
);
