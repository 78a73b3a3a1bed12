// Every change writes one audit event inside its own transaction; events form a SHA-256 hash chain in seq order, whose head (count, last hash) is kept beside it.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/server/db';
import { LOCKS, lockForTransaction } from '@/lib/server/db/transaction-lock';

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export type AuditActor = { id: string | null; email: string };

export type AuditEventInput = {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId?: string | null;
  targetName?: string | null;
  cardVersion?: number | null;
  contentHash?: string | null;
  details?: Record<string, unknown>;
};

/** What the hash covers, as stored. */
export type HashedFields = {
  at: Date;
  actorId: string | null;
  actorEmail: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  cardVersion: number | null;
  contentHash: string | null;
  details: string;
};

/** The hash that links an event to its predecessor; verification recomputes exactly this. */
export function auditEventHash(prevHash: string, event: HashedFields): string {
  const body = JSON.stringify([
    event.at.toISOString(),
    event.actorId,
    event.actorEmail,
    event.action,
    event.targetType,
    event.targetId,
    event.targetName,
    event.cardVersion,
    event.contentHash,
    event.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export async function recordAuditEvent(tx: Tx, input: AuditEventInput): Promise<void> {
  // Serialise chain writers across connections and instances; released when the transaction ends.
  await lockForTransaction(tx, LOCKS.auditChain);
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const fields: HashedFields = {
    at: new Date(),
    actorId: input.actor.id,
    actorEmail: input.actor.email,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    targetName: input.targetName ?? null,
    cardVersion: input.cardVersion ?? null,
    contentHash: input.contentHash ?? null,
    details: JSON.stringify(input.details ?? {}),
  };
  const hash = auditEventHash(prevHash, fields);
  await tx.auditEvent.create({ data: { ...fields, prevHash, hash } });
  // Same transaction: a database that lost its newest events (a crash, a restored copy) no longer matches its head.
  await tx.auditHead.upsert({ where: { id: 1 }, create: { id: 1, count: 1, lastHash: hash }, update: { count: { increment: 1 }, lastHash: hash } });
}
