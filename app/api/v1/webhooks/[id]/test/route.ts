// POST /api/v1/webhooks/:id/test: sends the endpoint a Cardinal `webhook.test` event through the delivery queue (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { sendTestWebhookEvent } from '@/lib/server/webhooks/send-test-webhook-event';

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  json({ deliveryId: await sendTestWebhookEvent({ actor, endpointId: params.id }) }, 202),
);
