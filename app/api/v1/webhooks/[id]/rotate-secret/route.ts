// POST /api/v1/webhooks/:id/rotate-secret answers the new signing secret, this once; the old one keeps signing for 24 hours (admins).
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZUuid } from '@/lib/schemas/input-values';
import { json } from '@/lib/server/http/api-response';
import { rotateWebhookSecret } from '@/lib/server/webhooks/rotate-webhook-secret';

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => json(await rotateWebhookSecret({ actor, id: parseParam('id', ZUuid, params.id) })));
