// The cards waiting for one reviewer: pending review, whose latest version they did not author and have not approved yet — the same separation of duties and one-approval-per-reviewer that approve() enforces (review-checks.ts), expressed as a filter.
import 'server-only';
import { Prisma } from '@/lib/server/generated/prisma/client';

/** FROM and WHERE of the queue, shared by the list and its count. `c` is the card, `v` its latest version, `u` that version's author. */
export function reviewQueueFrom(reviewerId: string): Prisma.Sql {
  return Prisma.sql`
    FROM "ModelCard" c
    JOIN "ModelCardVersion" v ON v."cardId" = c."id" AND v."version" = c."latestVersion"
    JOIN "User" u ON u."id" = v."authorId"
    WHERE c."status" = 'PendingReview'
      AND v."authorId" <> ${reviewerId}
      AND NOT EXISTS (
        SELECT 1 FROM "Review" r
        WHERE r."cardId" = c."id" AND r."version" = c."latestVersion" AND r."reviewerId" = ${reviewerId} AND r."decision" = 'Approved'
      )`;
}
