// How many cards wait for this reviewer (the navigation's badge); the same filter as the queue itself.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReviewer } from '@/lib/server/model-cards/card-rules';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { reviewQueueFrom } from './review-queue-query';

export async function countReviewQueue({ actor }: { actor: Actor | null }): Promise<number> {
  const reviewer = requireCardReviewer(actor, 'see the review queue');
  const rows = await getDb().$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS "n" ${reviewQueueFrom(reviewer.id)}`);
  return rows[0].n;
}
