// An admin opens one webhook endpoint: its settings, why it is off, since when it fails, and its delivery figures.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { WEBHOOK_ENDPOINT_SELECT, requireWebhookAdmin, webhookNotFound } from './webhook-rules';
import type { WebhookEndpointDto } from './webhook-rules';
import { withDeliveryStats } from './webhook-endpoint-dto';

export async function getWebhookEndpoint({ actor, id }: { actor: Actor | null; id: string }): Promise<WebhookEndpointDto> {
  requireWebhookAdmin(actor);
  const row = await getDb().webhookEndpoint.findUnique({ where: { id }, select: WEBHOOK_ENDPOINT_SELECT });
  if (!row) throw webhookNotFound();
  const [endpoint] = await withDeliveryStats([row]);
  return endpoint;
}
