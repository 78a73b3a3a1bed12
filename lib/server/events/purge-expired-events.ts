// Events are kept 90 days (their webhook deliveries go with them) and delivery attempt logs 30 days: the worker loop deletes older rows in small batches, so no statement holds locks for long. Stream counters stay, so sequence numbers never restart.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { ATTEMPT_LOG_RETENTION_DAYS } from '@/lib/server/webhooks/delivery-rules';

export const EVENT_RETENTION_DAYS = 90;
const BATCH = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events past the retention window, and delivery attempts past theirs; returns how many events went. */
export async function purgeExpiredEvents({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const attemptCutoff = new Date(now.getTime() - ATTEMPT_LOG_RETENTION_DAYS * DAY_MS);
  for (;;) {
    const deleted = await getDb().$executeRaw`
      DELETE FROM "WebhookDeliveryAttempt" WHERE "id" IN (
        SELECT "id" FROM "WebhookDeliveryAttempt" WHERE "attemptedAt" < ${attemptCutoff} ORDER BY "attemptedAt" LIMIT ${BATCH})`;
    if (deleted < BATCH) break;
  }
  const cutoff = new Date(now.getTime() - EVENT_RETENTION_DAYS * DAY_MS);
  let purged = 0;
  for (;;) {
    const deleted = await getDb().$executeRaw`
      DELETE FROM "Event" WHERE "id" IN (SELECT "id" FROM "Event" WHERE "time" < ${cutoff} ORDER BY "time" LIMIT ${BATCH})`;
    purged += deleted;
    if (deleted < BATCH) return purged;
  }
}
