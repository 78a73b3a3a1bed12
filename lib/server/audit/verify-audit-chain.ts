// The audit trail is intact when every event, in seq order, names its predecessor's hash, its own hash is recomputed from its fields, and the
// chain reaches the head (count, last hash) recorded with the newest event; the first event that fails is reported.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { AuditEvent } from '@/lib/server/generated/prisma/client';
import { AUDIT_GENESIS_HASH, auditEventHash } from './record-audit-event';

export type AuditChainResult = {
  ok: boolean;
  checked: number;
  /** seq is a decimal string: a BIGSERIAL does not fit a JSON number in general. */
  firstBroken?: { seq: string; reason: string };
};

/** Reads the events in batches, so the trail never has to fit in memory. Gaps in seq are normal (a rolled-back insert uses a number); the hashes carry the order. */
export async function verifyAuditChain({ batchSize = 1000 }: { batchSize?: number } = {}): Promise<AuditChainResult> {
  const db = getDb();
  // Read first: events appended while the chain is read come after it and are checked as ordinary links.
  const head = await db.auditHead.findUnique({ where: { id: 1 } });
  const headCount = head ? Number(head.count) : 0;
  let prevHash = AUDIT_GENESIS_HASH;
  let previousSeq: bigint | null = null;
  let checked = 0;
  for (;;) {
    const events: AuditEvent[] = await db.auditEvent.findMany({
      where: previousSeq === null ? {} : { seq: { gt: previousSeq } },
      orderBy: { seq: 'asc' },
      take: batchSize,
    });
    for (const event of events) {
      const seq = event.seq.toString();
      if (event.prevHash !== prevHash) {
        const expected = previousSeq === null ? 'the genesis hash (it is the first event)' : `the hash of event ${previousSeq}`;
        return { ok: false, checked, firstBroken: { seq, reason: `prevHash is not ${expected}: an event before it was changed, removed or inserted` } };
      }
      if (auditEventHash(prevHash, event) !== event.hash) {
        return { ok: false, checked, firstBroken: { seq, reason: 'hash does not match the event: its fields were changed after it was written' } };
      }
      prevHash = event.hash;
      previousSeq = event.seq;
      checked++;
      if (checked === headCount && head!.lastHash !== event.hash) {
        return { ok: false, checked: checked - 1, firstBroken: { seq, reason: `it is event number ${checked} but not the one the database recorded as that` } };
      }
    }
    if (events.length < batchSize) return checked < headCount ? lostNewest(checked, headCount, previousSeq) : { ok: true, checked };
  }
}

function lostNewest(checked: number, headCount: number, lastSeq: bigint | null): AuditChainResult {
  const missing = headCount - checked;
  const after = lastSeq === null ? 'the start' : `event ${lastSeq}`;
  return {
    ok: false,
    checked,
    firstBroken: {
      seq: lastSeq === null ? '0' : lastSeq.toString(),
      reason: `the database recorded ${headCount} events but the chain ends after ${checked}: the newest ${missing} event${missing === 1 ? ' was' : 's were'} lost or removed after ${after}`,
    },
  };
}
