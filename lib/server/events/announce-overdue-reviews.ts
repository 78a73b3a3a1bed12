// An approved card whose re-review date (the dashboard's next-review-due: its approval plus the review policy's months for its risk) has passed gets one "review overdue" event per version and due date, however often and on however many instances the check runs.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { readReviewPolicy } from '@/lib/server/dashboard/review-policy';
import { cardArnOf } from './card-events';
import { recordReviewOverdue } from './governance-events';

const BATCH = 100;

type OverdueRow = { cardId: string; name: string; risk: string; version: number; contentHash: string; approvedAt: Date; dueAt: Date };

/** Announces every review that fell due before `now` and has not been announced; returns how many it announced. */
export async function announceOverdueReviews({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const db = getDb();
  const policy = await readReviewPolicy(db);
  let announced = 0;
  for (;;) {
    // Timestamps are stored as UTC without a zone; the ISO text cast to timestamp keeps them comparable, as the dashboard does.
    const rows = await db.$queryRaw<OverdueRow[]>`
      WITH last_approval AS (
        SELECT DISTINCT ON (sc."cardId") sc."cardId", sc.version, sc."contentHash", sc."createdAt" AS at
        FROM "CardStatusChange" sc WHERE sc."toStatus" = 'Approved' ORDER BY sc."cardId", sc."createdAt" DESC, sc.id DESC
      ), due AS (
        SELECT c.id AS "cardId", c.name, c."riskRating"::text AS risk, la.version, la."contentHash", la.at AS "approvedAt",
          la.at + make_interval(months => CASE c."riskRating"::text WHEN 'High' THEN ${policy.High}::int WHEN 'Medium' THEN ${policy.Medium}::int
            WHEN 'Low' THEN ${policy.Low}::int ELSE ${policy.Unknown}::int END) AS "dueAt"
        FROM "ModelCard" c JOIN last_approval la ON la."cardId" = c.id AND la.version = c."latestVersion"
        WHERE c.status = 'Approved'
      )
      SELECT d.* FROM due d
      WHERE d."dueAt" < ${now.toISOString()}::timestamp
        AND NOT EXISTS (SELECT 1 FROM "ReviewOverdueNotice" n WHERE n."cardId" = d."cardId" AND n.version = d.version AND n."dueAt" = d."dueAt")
      ORDER BY d."dueAt", d."cardId" LIMIT ${BATCH}`;
    for (const row of rows) if (await announce(row, now)) announced += 1;
    if (rows.length < BATCH) return announced;
  }
}

async function announce(row: OverdueRow, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    // The primary key makes a second instance's insert wait for this one and then insert nothing: one event per version and due date.
    const claimed = await tx.$executeRaw`
      INSERT INTO "ReviewOverdueNotice" ("cardId", "version", "dueAt", "eventId")
      VALUES (${row.cardId}, ${row.version}, ${row.dueAt}, gen_random_uuid())
      ON CONFLICT DO NOTHING`;
    if (claimed === 0) return false;
    const event = await recordReviewOverdue(
      tx,
      { id: row.cardId, name: row.name, arn: cardArnOf(row.name) },
      { version: row.version, contentHash: row.contentHash, riskRating: row.risk, approvedAt: row.approvedAt, dueAt: row.dueAt, time: now },
    );
    await tx.reviewOverdueNotice.update({
      where: { cardId_version_dueAt: { cardId: row.cardId, version: row.version, dueAt: row.dueAt } },
      data: { eventId: event.id },
    });
    return true;
  });
}
