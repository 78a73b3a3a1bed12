// What a review compares against: the last approved version; before any approval, the last version a reviewer sent back (so a resubmission shows what was fixed); none for a first review.
import 'server-only';
import { getDb } from '@/lib/server/db';

export type ReviewBaseDto = { version: number; reason: 'approved' | 'changes-requested' };

/** One query over the card's whole history, for a card already found by a reader already checked. */
export async function reviewBaseOf(card: { id: string; latestVersion: number }): Promise<ReviewBaseDto | null> {
  const [row] = await getDb().$queryRaw<{ approved: number | null; sentBack: number | null }[]>`
    SELECT
      (SELECT max("version") FROM "CardStatusChange" WHERE "cardId" = ${card.id} AND "toStatus" = 'Approved') AS "approved",
      (SELECT max("version") FROM "Review" WHERE "cardId" = ${card.id} AND "decision" = 'ChangesRequested' AND "version" < ${card.latestVersion}) AS "sentBack"`;
  if (row.approved !== null) return row.approved < card.latestVersion ? { version: row.approved, reason: 'approved' } : null;
  return row.sentBack !== null ? { version: row.sentBack, reason: 'changes-requested' } : null;
}
