// The audit trail as people read it: every recorded change, newest first, filtered by target, person, kind and time, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { cursorString, decodeCursor, encodeCursor } from '@/lib/server/model-cards/cursor';
import type { Page } from '@/lib/server/model-cards/card-dto';
import { dateBound } from '@/lib/schemas/input-values';
import { parseAuditTrailQuery } from '@/lib/schemas/audit-trail-query';
import type { TAuditTrailQuery } from '@/lib/schemas/audit-trail-query';
import type { HashedFields } from './record-audit-event';

export type AuditEventDto = Omit<HashedFields, 'actorId' | 'details'> & {
  /** The event's place in the hash chain (1, 2, 3, …). */
  seq: number;
  details: Record<string, unknown>;
  /** SHA-256 of the event and the hash before it. */
  hash: string;
};

const SELECT = {
  seq: true,
  at: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  targetName: true,
  cardVersion: true,
  contentHash: true,
  details: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

const LISTING = 'audit-events:seq:desc';

/** seq is a bigint: the cursor carries it as decimal text. */
function cursorSeq(cursor: string): bigint {
  const [seq] = decodeCursor(cursor, LISTING);
  const text = cursorString(seq);
  if (!/^[1-9]\d{0,18}$/.test(text))
    throw new AppError('INVALID_INPUT', 'cursor: this page link is not valid for this list. Start again from the first page.', { path: 'cursor' });
  return BigInt(text);
}

/** The trail is for admins and auditors; `doing` says what was refused. Then the query, a bad parameter named. */
export function readableAuditQuery(
  actor: Actor | null,
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  doing: string,
): TAuditTrailQuery {
  requireRole(actor, ['admin', 'auditor'], doing);
  const parsed = parseAuditTrailQuery(input);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message, { path: parsed.path });
  return parsed.query;
}

/** The events a query's filters select (its cursor and limit aside). */
export function auditFilter({ target, person, kind, from, to }: TAuditTrailQuery): Prisma.AuditEventWhereInput {
  return {
    ...(target ? { targetName: target } : {}),
    ...(person ? { actorEmail: person } : {}),
    ...(kind ? { targetType: kind } : {}),
    ...(from || to ? { at: { ...(from ? { gte: dateBound(from, 'from') } : {}), ...(to ? { lte: dateBound(to, 'to') } : {}) } } : {}),
  };
}

/** Admins and auditors read the trail; the query is the page's or the API's URL parameters (lib/schemas/audit-trail-query.ts). */
export async function listAuditEvents({
  actor,
  query: input = {},
}: {
  actor: Actor | null;
  query?: URLSearchParams | Record<string, string | string[] | undefined>;
}): Promise<Page<AuditEventDto>> {
  const query = readableAuditQuery(actor, input, 'read the audit trail');
  const where = { ...auditFilter(query), ...(query.cursor ? { seq: { lt: cursorSeq(query.cursor) } } : {}) };
  const rows = await getDb().auditEvent.findMany({ where, orderBy: { seq: 'desc' }, take: query.limit + 1, select: SELECT });
  const items = rows.slice(0, query.limit).map((row) => ({ ...row, seq: Number(row.seq), details: parseDetails(row.details) }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : null;
  return { items, nextCursor: last ? encodeCursor(LISTING, [last.seq.toString()]) : null };
}

/** Details are stored as the JSON text the hash covers, always an object; a row changed outside Cardinal (verifying reports it) may hold anything else, read as { value }. */
function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: text };
  }
}
