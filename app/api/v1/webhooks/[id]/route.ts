// GET /api/v1/webhooks/:id reads one endpoint with its delivery figures; PATCH changes URL, description, event types or enabled; DELETE removes the endpoint (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZUuid } from '@/lib/schemas/input-values';
import { json } from '@/lib/server/http/api-response';
import { jsonBody } from '@/lib/server/http/json-body';
import { updateWebhookEndpoint } from '@/lib/server/webhooks/update-webhook-endpoint';
import { deleteWebhookEndpoint } from '@/lib/server/webhooks/delete-webhook-endpoint';
import { getWebhookEndpoint } from '@/lib/server/webhooks/get-webhook-endpoint';

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await getWebhookEndpoint({ actor, id: params.id })));

export const PATCH = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => json(await updateWebhookEndpoint({ actor, id: parseParam('id', ZUuid, params.id), change: jsonBody(body) as never })),
  { maxBodyBytes: 64 * 1024 },
);

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteWebhookEndpoint({ actor, id: parseParam('id', ZUuid, params.id) });
  return new Response(null, { status: 204 });
});
