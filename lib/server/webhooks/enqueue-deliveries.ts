// The outbox's fan-out: an event's deliveries are written in the event's own transaction, one per enabled endpoint whose filter takes its type, so a committed event is never without them and a rolled-back change leaves none.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/server/db';
import { webhookNow } from './delivery-rules';

export type TDeliveryTarget = { endpointId: string };

/** Returns the deliveries written. `only` sends to that one endpoint whatever its filter (test events, resends). */
export async function enqueueDeliveries(
  tx: Tx,
  event: { id: string; stream: string; sequence: number; type: string; detailType: string },
  { only, now = webhookNow() }: { only?: TDeliveryTarget; now?: Date } = {},
): Promise<{ id: string; endpointId: string }[]> {
  const endpoints = only
    ? [{ id: only.endpointId }]
    : await tx.webhookEndpoint.findMany({
        where: { enabled: true, OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: event.type } }] },
        select: { id: true },
      });
  if (endpoints.length === 0) return [];
  const rows = endpoints.map((endpoint) => ({
    id: randomUUID(),
    eventId: event.id,
    endpointId: endpoint.id,
    stream: event.stream,
    sequence: event.sequence,
    eventType: event.type,
    detailType: event.detailType,
    nextAttemptAt: now,
    createdAt: now,
  }));
  await tx.webhookDelivery.createMany({ data: rows });
  return rows.map((row) => ({ id: row.id, endpointId: row.endpointId }));
}
