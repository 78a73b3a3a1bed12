// Admins read an endpoint's delivery log, newest first, optionally of one status, a page at a time.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { cursorDate, cursorString, decodeCursor, encodeCursor, parsePageSize } from '@/lib/server/model-cards/cursor';
import { requireWebhookAdmin, webhookNotFound } from './webhook-rules';
import type { TWebhookDeliveryStatus } from './webhook-rules';

const STATUSES: TWebhookDeliveryStatus[] = ['Pending', 'Succeeded', 'Failed'];
const LISTING = 'webhook-deliveries';

export type WebhookDeliveryDto = {
  id: string;
  eventId: string;
  eventType: string;
  detailType: string;
  stream: string;
  sequence: number;
  status: TWebhookDeliveryStatus;
  attempts: number;
  /** When the next attempt is due (Pending only). */
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastAttemptAt: Date | null;
  createdAt: Date;
};

export type WebhookDeliveryPageDto = { items: WebhookDeliveryDto[]; nextCursor: string | null };

export function parseDeliveryStatus(status: string | undefined): TWebhookDeliveryStatus | undefined {
  if (status === undefined || status === '') return undefined;
  if (!STATUSES.includes(status as TWebhookDeliveryStatus))
    throw new AppError('INVALID_INPUT', `status: choose one of ${STATUSES.join(', ')}`, { path: 'status' });
  return status as TWebhookDeliveryStatus;
}

export async function listWebhookDeliveries({
  actor,
  endpointId,
  status,
  cursor,
  limit,
}: {
  actor: Actor | null;
  endpointId: string;
  status?: string;
  cursor?: string;
  limit?: number;
}): Promise<WebhookDeliveryPageDto> {
  requireWebhookAdmin(actor);
  const wanted = parseDeliveryStatus(status);
  const take = parsePageSize(limit, 50);
  const db = getDb();
  if (!(await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } }))) throw webhookNotFound();
  const keys = cursor === undefined ? null : decodeCursor(cursor, LISTING);
  const after = keys ? { createdAt: cursorDate(keys[0]), id: cursorString(keys[1]) } : null;
  const rows = await db.webhookDelivery.findMany({
    where: {
      endpointId,
      ...(wanted ? { status: wanted } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    select: {
      id: true,
      eventId: true,
      eventType: true,
      detailType: true,
      stream: true,
      sequence: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastAttemptAt: true,
      createdAt: true,
    },
  });
  const items = rows.slice(0, take).map((row) => ({ ...row, nextAttemptAt: row.status === 'Pending' ? row.nextAttemptAt : null }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > take ? encodeCursor(LISTING, [last.createdAt.toISOString(), last.id]) : null };
}
