// A worker takes the oldest job that nobody holds (never claimed, or its lease ran out) in one statement: FOR UPDATE SKIP LOCKED lets instances claim side by side without taking the same row, and no transaction stays open while the job renders.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { DB_NOW_UTC, leaseSeconds } from './export-lease';

export type ClaimedExportJob = {
  id: string;
  cardId: string;
  cardName: string;
  jobName: string;
  version: number;
  contentHash: string;
  requestedById: string;
  attempts: number;
  /** Only the holder of this token may renew, complete or fail the job. */
  claimToken: string;
};

/** The worker is the system, not a person: it acts for the job's requester when it renders (renderExportJob). */
export async function claimNextExportJob({ workerId, lease = leaseSeconds() }: { workerId: string; lease?: number }): Promise<ClaimedExportJob | null> {
  const token = randomUUID();
  const rows = await getDb().$queryRaw<ClaimedExportJob[]>`
    UPDATE "ExportJob"
    SET "claimToken" = ${token}, "claimedBy" = ${workerId}, "claimedAt" = ${DB_NOW_UTC}, "attempts" = "attempts" + 1, "updatedAt" = ${DB_NOW_UTC}
    WHERE "id" = (
      SELECT "id" FROM "ExportJob"
      WHERE "status" = 'InProgress' AND ("claimedAt" IS NULL OR "claimedAt" < ${DB_NOW_UTC} - make_interval(secs => ${lease}::float8))
      ORDER BY "createdAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "cardId", "cardName", "jobName", "version", "contentHash", "requestedById", "attempts", "claimToken"`;
  return rows[0] ?? null;
}
