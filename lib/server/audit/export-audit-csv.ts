// The audit trail as CSV for auditors to keep: every event the filters select, newest first, with every field its hash covers and the
// hash before it, so each line can be checked offline (README: Audit trail). Streamed in batches, so a million events use little memory.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { csvLine } from '@/lib/csv/csv-cell';
import { auditFilter, readableAuditQuery } from './list-audit-events';

export const AUDIT_CSV_HEADER = [
  'Event',
  'Time (UTC)',
  'Actor id',
  'Person',
  'Action',
  'Target type',
  'Target id',
  'Target name',
  'Card version',
  'Content hash',
  'Details',
  'Previous hash',
  'Hash',
] as const;

const BATCH = 1_000;

/**
 * The CSV's bytes (UTF-8 with a byte-order mark, for spreadsheets). The caller's role and the filters are checked before it returns, so
 * a refusal is an error answer rather than a broken download; events written while it streams are newer than its first and left out.
 */
export async function exportAuditCsv({
  actor,
  query: input = {},
  batch = BATCH,
}: {
  actor: Actor | null;
  query?: URLSearchParams | Record<string, string | string[] | undefined>;
  /** Events read per query (tests make it small to cross batch boundaries). */
  batch?: number;
}): Promise<ReadableStream<Uint8Array>> {
  const where = auditFilter(readableAuditQuery(actor, input, 'export the audit trail'));
  const encoder = new TextEncoder();
  let before: bigint | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine([...AUDIT_CSV_HEADER])}`));
    },
    async pull(controller) {
      const rows = await getDb().auditEvent.findMany({
        where: before === null ? where : { AND: [where, { seq: { lt: before } }] },
        orderBy: { seq: 'desc' },
        take: batch,
      });
      if (rows.length > 0) {
        before = rows[rows.length - 1].seq;
        controller.enqueue(
          encoder.encode(
            rows
              .map((row) =>
                csvLine([
                  row.seq.toString(),
                  row.at.toISOString(),
                  row.actorId,
                  row.actorEmail,
                  row.action,
                  row.targetType,
                  row.targetId,
                  row.targetName,
                  row.cardVersion,
                  row.contentHash,
                  row.details,
                  row.prevHash,
                  row.hash,
                ]),
              )
              .join(''),
          ),
        );
      }
      if (rows.length < batch) controller.close();
    },
  });
}
