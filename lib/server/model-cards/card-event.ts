// Every card change writes its audit event and its outbox events in the same transaction, naming the card, the version and its hash.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { recordCardEvents } from '@/lib/server/events/card-events';

export async function recordCardEvent(
  tx: Tx,
  actor: Actor,
  action: string,
  card: { id: string; name: string },
  event: { version: number; contentHash: string; details?: Record<string, unknown> },
): Promise<void> {
  await recordAuditEvent(tx, {
    actor: auditActor(actor),
    action,
    targetType: 'model_card',
    targetId: card.id,
    targetName: card.name,
    cardVersion: event.version,
    contentHash: event.contentHash,
    details: event.details,
  });
  await recordCardEvents(tx, actor, action, card, event);
}
