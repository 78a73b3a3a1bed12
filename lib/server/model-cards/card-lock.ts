// A card-changing transaction takes turns on the card's row lock and stamps its change with a per-card clock that never runs backwards.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import type { TCardStatus } from './card-dto';
import { cardNotFound } from './card-errors';

/**
 * A burst of writes queues for the connection pool (and for card row locks); with Prisma's
 * default 2 s to start a transaction, 400 concurrent saves on PostgreSQL with the default pool
 * of 10 failed "Unable to start a transaction in the given time" instead of being answered.
 */
export const CARD_TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export type LockedCard = {
  id: string;
  name: string;
  status: TCardStatus;
  latestVersion: number;
  riskRating: TRiskRating;
  ownerId: string;
  updatedAt: Date;
};

/** Locks the card row until the transaction ends, so status changes, approvals and deletes on one card take turns. */
export async function lockCard(tx: Tx, cardId: string): Promise<LockedCard> {
  const rows = await tx.$queryRaw<LockedCard[]>`
    SELECT "id", "name", "status"::text AS "status", "latestVersion", "riskRating"::text AS "riskRating", "ownerId", "updatedAt"
    FROM "ModelCard" WHERE "id" = ${cardId} FOR UPDATE`;
  if (!rows[0]) throw cardNotFound();
  return rows[0];
}

/**
 * The time of a change to a card already locked by this transaction: never earlier than the
 * card's last change, so "the latest status change of a version" has one answer even when two
 * changes fall in the same millisecond or instances' clocks disagree.
 */
export function changeTime(lastChangeAt: Date): Date {
  return new Date(Math.max(Date.now(), lastChangeAt.getTime() + 1));
}
