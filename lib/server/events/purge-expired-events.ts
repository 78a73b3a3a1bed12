// Events are kept 90 days: the worker loop deletes older ones in small batches, so no statement holds locks for long. Stream counters stay, so sequence numbers never restart.
import 'server-only';
import { getDb } from '@/lib/server/db';

export const EVENT_RETENTION_DAYS = 90;
const BATCH = 1000;

/** Deletes events older than the retention window; returns how many went. */
export async function purgeExpiredEvents({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - EVENT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  let purged = 0;
  for (;;) {
    const deleted = await getDb().$executeRaw`
      DELETE FROM "Event" WHERE "id" IN (SELECT "id" FROM "Event" WHERE "time" < ${cutoff} ORDER BY "time" LIMIT ${BATCH})`;
    purged += deleted;
    if (deleted < BATCH) return purged;
  }
}
