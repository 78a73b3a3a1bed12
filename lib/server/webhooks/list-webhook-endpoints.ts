// Admins list webhook endpoints, oldest first, each with its delivery figures; secrets never leave the server after creation.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { WEBHOOK_ENDPOINT_SELECT, requireWebhookAdmin } from './webhook-rules';
import type { WebhookEndpointDto } from './webhook-rules';
import { withDeliveryStats } from './webhook-endpoint-dto';

export async function listWebhookEndpoints({ actor }: { actor: Actor | null }): Promise<WebhookEndpointDto[]> {
  requireWebhookAdmin(actor);
  return withDeliveryStats(await getDb().webhookEndpoint.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: WEBHOOK_ENDPOINT_SELECT }));
}
