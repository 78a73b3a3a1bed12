// A reviewer's queue, oldest submission first: each card waiting for them with its risk, who wrote the pending version, when it was submitted, and the approvals it has of the number its risk needs.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { approvalsRequired, requireCardReviewer } from '@/lib/server/model-cards/card-rules';
import type { UserRef } from '@/lib/server/model-cards/card-dto';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { reviewQueueFrom } from './review-queue-query';

export type ReviewQueueItemDto = {
  cardId: string;
  name: string;
  version: number;
  riskRating: TRiskRating;
  author: UserRef;
  submittedAt: Date;
  approvals: number;
  approvalsRequired: number;
  /** True when this is not the card's first review: an earlier version was approved, so the review screen shows the diff since then. */
  approvedBefore: boolean;
};

/** The oldest this many; the page says how many more wait (countReviewQueue). */
export const REVIEW_QUEUE_LIMIT = 100;

type Row = Omit<ReviewQueueItemDto, 'author' | 'approvalsRequired'> & { authorId: string; authorName: string; authorEmail: string };

export async function listReviewQueue({ actor }: { actor: Actor | null }): Promise<ReviewQueueItemDto[]> {
  const reviewer = requireCardReviewer(actor, 'see the review queue');
  // submittedAt is the latest move to PendingReview; a card is in the queue only while pending, so that move exists.
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT c."id" AS "cardId", c."name", c."latestVersion" AS "version", c."riskRating"::text AS "riskRating",
      u."id" AS "authorId", u."name" AS "authorName", u."email" AS "authorEmail",
      (SELECT max(s."createdAt") FROM "CardStatusChange" s WHERE s."cardId" = c."id" AND s."toStatus" = 'PendingReview') AS "submittedAt",
      (SELECT count(*)::int FROM "Review" a
        WHERE a."cardId" = c."id" AND a."version" = c."latestVersion" AND a."contentHash" = v."contentHash" AND a."decision" = 'Approved') AS "approvals",
      EXISTS (SELECT 1 FROM "CardStatusChange" p WHERE p."cardId" = c."id" AND p."toStatus" = 'Approved') AS "approvedBefore"
    ${reviewQueueFrom(reviewer.id)}
    ORDER BY "submittedAt" ASC, c."id" ASC
    LIMIT ${REVIEW_QUEUE_LIMIT}`);
  return rows.map(({ authorId, authorName, authorEmail, ...row }) => ({
    ...row,
    submittedAt: new Date(row.submittedAt),
    author: { id: authorId, name: authorName, email: authorEmail },
    approvalsRequired: approvalsRequired(row.riskRating),
  }));
}
