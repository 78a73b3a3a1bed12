// GET /api/v1/webhooks lists webhook endpoints; POST adds one and answers its signing secret, this once (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { jsonBody } from '@/lib/server/http/json-body';
import { createWebhookEndpoint } from '@/lib/server/webhooks/create-webhook-endpoint';
import { listWebhookEndpoints } from '@/lib/server/webhooks/list-webhook-endpoints';

const MAX_BODY_BYTES = 64 * 1024;

export const GET = apiRoute(async ({ actor }) => json({ endpoints: await listWebhookEndpoints({ actor }) }));

export const POST = apiRoute(async ({ actor, body }) => json(await createWebhookEndpoint({ actor, input: jsonBody(body) as never }), 201), {
  maxBodyBytes: MAX_BODY_BYTES,
});
