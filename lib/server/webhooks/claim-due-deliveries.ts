// A worker claims due deliveries with FOR UPDATE SKIP LOCKED, as export jobs are claimed, taking the attempt number in the same statement; a delivery waits while an earlier event of its stream to the same endpoint is still pending, so each endpoint sees a card's (or package's) events in order.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { DB_NOW_UTC } from '@/lib/server/exports/export-lease';
import { deliveryLeaseSeconds, utcTimestamp, webhookNow } from './delivery-rules';

export type ClaimedDelivery = {
  id: string;
  eventId: string;
  endpointId: string;
  /** This attempt's number (1-based, across rounds); no other claim gets the same one. */
  attempts: number;
  roundStart: number;
  /** Only the holder of this token may record the attempt's outcome. */
  claimToken: string;
  /** What the attempt sends, read in the claim itself: the event exactly as stored, and where and how to sign it. */
  body: string;
  url: string;
  secretCiphertext: string;
  previousSecretCiphertext: string | null;
  previousSecretExpiresAt: Date | null;
};

/**
 * Due: pending, its next attempt time reached on the webhook clock, not held under a live lease (database clock), its
 * endpoint on, and no pending delivery of a lower sequence of the same stream to the same endpoint.
 */
export async function claimDueDeliveries({
  workerId,
  limit = 1,
  now = webhookNow(),
  lease = deliveryLeaseSeconds(),
}: {
  workerId: string;
  limit?: number;
  now?: Date;
  lease?: number;
}): Promise<ClaimedDelivery[]> {
  const token = randomUUID();
  return getDb().$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" d
    SET "claimToken" = ${token}, "claimedBy" = ${workerId}, "claimedAt" = ${DB_NOW_UTC}, "attempts" = d."attempts" + 1
    FROM "Event" ev, "WebhookEndpoint" ep
    WHERE ev."id" = d."eventId" AND ep."id" = d."endpointId" AND d."id" IN (
      SELECT c."id" FROM "WebhookDelivery" c
      WHERE c."status" = 'Pending'
        AND c."nextAttemptAt" <= ${utcTimestamp(now)}::timestamp
        AND (c."claimedAt" IS NULL OR c."claimedAt" < ${DB_NOW_UTC} - make_interval(secs => ${lease}::float8))
        AND EXISTS (SELECT 1 FROM "WebhookEndpoint" e WHERE e."id" = c."endpointId" AND e."enabled")
        AND NOT EXISTS (
          SELECT 1 FROM "WebhookDelivery" p
          WHERE p."endpointId" = c."endpointId" AND p."stream" = c."stream" AND p."sequence" < c."sequence" AND p."status" = 'Pending'
        )
      -- The (status, nextAttemptAt) index gives this order, so the scan stops at the first rows that may go instead of sorting every pending one.
      ORDER BY c."nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE OF c SKIP LOCKED
    )
    RETURNING d."id"::text AS "id", d."eventId"::text AS "eventId", d."endpointId", d."attempts", d."roundStart", d."claimToken", ev."body", ep."url",
      ep."secretCiphertext", ep."previousSecretCiphertext", ep."previousSecretExpiresAt"`;
}
