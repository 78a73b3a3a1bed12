// GET /api/v1/webhooks/:id/deliveries/:deliveryId/attempts: every logged attempt of one delivery, first to last (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listWebhookAttempts } from '@/lib/server/webhooks/list-webhook-attempts';

export const GET = apiRoute<{ id: string; deliveryId: string }>(async ({ actor, params }) =>
  json({ attempts: await listWebhookAttempts({ actor, deliveryId: params.deliveryId, endpointId: params.id }) }),
);
