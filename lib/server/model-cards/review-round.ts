// A version's review round: how many times a re-review reopened it after approval (0 until the first); each reviewer decides once per version, round and kind, and a quorum counts only its round's approvals.
import 'server-only';
import type { Db, Tx } from '@/lib/server/db';

export async function reviewRoundOf(db: Db | Tx, cardId: string, version: number): Promise<number> {
  return db.cardStatusChange.count({ where: { cardId, version, fromStatus: 'Approved', toStatus: 'PendingReview' } });
}
