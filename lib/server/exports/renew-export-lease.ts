// A worker that is still rendering pushes its lease forward, so a long render is not taken over; it learns whether it still holds the job.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { DB_NOW_UTC } from './export-lease';

export async function renewExportLease({ jobId, claimToken }: { jobId: string; claimToken: string }): Promise<boolean> {
  const renewed = await getDb().$executeRaw`
    UPDATE "ExportJob" SET "claimedAt" = ${DB_NOW_UTC}
    WHERE "id" = ${jobId} AND "claimToken" = ${claimToken} AND "status" = 'InProgress'`;
  return renewed === 1;
}
