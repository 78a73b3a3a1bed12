// POST /api/v1/webhooks/:id/deliveries/resend {eventId}: delivers a stored event to the endpoint again, with the same webhook-id (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { jsonBody } from '@/lib/server/http/json-body';
import { resendWebhookEvent } from '@/lib/server/webhooks/resend-webhook-event';

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) =>
    json({ deliveryId: await resendWebhookEvent({ actor, endpointId: params.id, eventId: jsonBody(body).eventId as string }) }, 202),
  { maxBodyBytes: 4 * 1024 },
);
