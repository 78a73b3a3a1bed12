// The feed for pollers: auditors, reviewers and admins read events in commit order after an opaque cursor, optionally of some types; events are kept 90 days.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { decodeCursor, encodeCursor, cursorString } from '@/lib/server/model-cards/cursor';
import type { TEventEnvelope } from './record-event';
import { WEBHOOK_TEST_TYPE } from '@/lib/server/webhooks/send-test-webhook-event';

export const EVENT_FEED_MAX_PAGE = 100;
const LISTING = 'events';

export type EventFeedItemDto = { type: string; stream: string; sequence: number; event: TEventEnvelope };
export type EventFeedPageDto = { events: EventFeedItemDto[]; cursor: string; hasMore: boolean };

function parseLimit(limit: string | number | undefined): number {
  if (limit === undefined || limit === '') return EVENT_FEED_MAX_PAGE;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1 || value > EVENT_FEED_MAX_PAGE) {
    throw new AppError('INVALID_INPUT', `limit: a page holds 1 to ${EVENT_FEED_MAX_PAGE} events.`, { path: 'limit' });
  }
  return value;
}

function parseAfter(after: string | undefined): bigint {
  if (!after) return BigInt(0);
  const [position] = decodeCursor(after, LISTING);
  const text = cursorString(position);
  if (!/^[0-9]{1,19}$/.test(text))
    throw new AppError('INVALID_INPUT', 'after: this cursor is not valid for the event feed. Start again without one.', { path: 'after' });
  return BigInt(text);
}

/**
 * The cursor always comes back, even on an empty page: polling with it again returns only what committed since.
 * Positions are handed out in commit order (recordEvent), so nothing committed later can appear behind a cursor.
 */
export async function listEvents({
  actor,
  after,
  types,
  limit,
}: {
  actor: Actor | null;
  after?: string;
  types?: string[];
  limit?: string | number;
}): Promise<EventFeedPageDto> {
  requireRole(actor, ['auditor', 'reviewer', 'admin'], 'read the event feed');
  const take = parseLimit(limit);
  const position = parseAfter(after);
  const wanted = (types ?? []).map((type) => type.trim()).filter(Boolean);
  const rows = await getDb().event.findMany({
    // A test event is a ping to one webhook endpoint, not a change: pollers never see it (as GitHub's ping is not in its Events API).
    where: { position: { gt: position }, type: wanted.length > 0 ? { in: wanted.filter((type) => type !== WEBHOOK_TEST_TYPE) } : { not: WEBHOOK_TEST_TYPE } },
    orderBy: { position: 'asc' },
    take: take + 1,
    select: { position: true, type: true, stream: true, sequence: true, body: true },
  });
  const page = rows.slice(0, take);
  const last = page.length > 0 ? page[page.length - 1].position : position;
  return {
    events: page.map((row) => ({ type: row.type, stream: row.stream, sequence: row.sequence, event: JSON.parse(row.body) as TEventEnvelope })),
    cursor: encodeCursor(LISTING, [last.toString()]),
    hasMore: rows.length > take,
  };
}
