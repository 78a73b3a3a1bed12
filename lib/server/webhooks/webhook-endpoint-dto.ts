// An endpoint's delivery figures for admins: its last delivery, and how many deliveries are pending or given up.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Db, Tx } from '@/lib/server/db';
import type { TWebhookDeliveryStatus, WebhookEndpointDto } from './webhook-rules';

type EndpointRow = Omit<WebhookEndpointDto, 'lastDelivery' | 'pendingDeliveries' | 'failedDeliveries'>;

export async function withDeliveryStats(rows: EndpointRow[], db: Db | Tx = getDb()): Promise<WebhookEndpointDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [counts, lasts] = await Promise.all([
    db.webhookDelivery.groupBy({
      by: ['endpointId', 'status'],
      where: { endpointId: { in: ids }, status: { in: ['Pending', 'Failed'] } },
      _count: { _all: true },
    }),
    Promise.all(
      ids.map((endpointId) =>
        db.webhookDelivery.findFirst({
          where: { endpointId, lastAttemptAt: { not: null } },
          orderBy: [{ lastAttemptAt: 'desc' }, { id: 'desc' }],
          select: { id: true, status: true, lastStatusCode: true, lastAttemptAt: true },
        }),
      ),
    ),
  ]);
  const count = (endpointId: string, status: TWebhookDeliveryStatus) =>
    counts.find((row) => row.endpointId === endpointId && row.status === status)?._count._all ?? 0;
  return rows.map((row, index) => {
    const last = lasts[index];
    return {
      ...row,
      lastDelivery: last ? { id: last.id, status: last.status, statusCode: last.lastStatusCode, attemptedAt: last.lastAttemptAt! } : null,
      pendingDeliveries: count(row.id, 'Pending'),
      failedDeliveries: count(row.id, 'Failed'),
    };
  });
}
