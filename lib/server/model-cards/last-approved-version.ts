// The newest version that was ever approved (it may be Archived or superseded since): what "since last approved" compares against, read by one query over the card's whole history.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';

/** Null when no version was ever approved (or there is no such card). */
export async function getLastApprovedVersion({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<number | null> {
  requireCardReader(actor);
  const approved = await getDb().cardStatusChange.aggregate({ where: { cardId, toStatus: 'Approved' }, _max: { version: true } });
  return approved._max.version;
}
