// An attempt's outcome is written once, by the holder of the claim: success ends the delivery, a failure schedules the next try or gives up, a 410 or five days of failures turn the endpoint off with the reason; the attempt's log row commits with it.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import type { Tx } from '@/lib/server/db';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { TAttemptResult } from './send-webhook';
import type { ClaimedDelivery } from './claim-due-deliveries';
import { FAILING_DISABLE_MS, MAX_ATTEMPTS_PER_ROUND, retryDelayMs, utcTimestamp } from './delivery-rules';

const WEBHOOK_WORKER_AUDIT_ACTOR = { id: null, email: 'system:webhook-worker' };

export type TDeliveryOutcome = 'succeeded' | 'retrying' | 'failed' | 'lost';

async function disableEndpoint(tx: Tx, endpointId: string, reason: string, now: Date): Promise<void> {
  const turnedOff = await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true },
    data: { enabled: false, disabledReason: reason, updatedAt: now },
  });
  if (turnedOff.count === 0) return;
  const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: { url: true } });
  await recordAuditEvent(tx, {
    actor: WEBHOOK_WORKER_AUDIT_ACTOR,
    action: 'webhook.disabled',
    targetType: 'webhook',
    targetId: endpointId,
    targetName: endpoint.url,
    details: { reason },
  });
}

/**
 * The common case in one statement (no interactive transaction): the delivery ends, its attempt is logged, and an endpoint
 * that was failing is failing no more. False when the claim was no longer this worker's.
 */
async function recordSuccess(claim: ClaimedDelivery, result: TAttemptResult, now: Date): Promise<boolean> {
  const at = utcTimestamp(now);
  const [row] = await getDb().$queryRaw<{ done: number }[]>`
    WITH done AS (
      UPDATE "WebhookDelivery"
      SET "status" = 'Succeeded', "completedAt" = ${at}::timestamp, "claimToken" = NULL, "claimedBy" = NULL, "claimedAt" = NULL,
          "lastStatusCode" = ${result.status}::int, "lastAttemptAt" = ${at}::timestamp
      WHERE "id" = ${claim.id}::uuid AND "claimToken" = ${claim.claimToken} AND "status" = 'Pending'
      RETURNING "id"
    ), logged AS (
      INSERT INTO "WebhookDeliveryAttempt" ("id", "deliveryId", "attempt", "attemptedAt", "statusCode", "latencyMs", "response")
      SELECT ${randomUUID()}::uuid, "id", ${claim.attempts}::int, ${at}::timestamp, ${result.status}::int, ${result.latencyMs}::int, ${result.response}::text
      FROM done
      RETURNING 1
    ), recovered AS (
      UPDATE "WebhookEndpoint" SET "failingSince" = NULL
      WHERE "id" = ${claim.endpointId} AND "failingSince" IS NOT NULL AND EXISTS (SELECT 1 FROM done)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM done)::int AS "done", (SELECT count(*) FROM logged)::int AS "logged", (SELECT count(*) FROM recovered)::int AS "recovered"`;
  return row.done === 1;
}

/** 'lost' when the claim was no longer this worker's (its lease ran out and another took it): nothing is written. */
export async function finishDeliveryAttempt({ claim, result, now }: { claim: ClaimedDelivery; result: TAttemptResult; now: Date }): Promise<TDeliveryOutcome> {
  const round = claim.attempts - claim.roundStart;
  const gone = result.status === 410;
  const outcome: TDeliveryOutcome = result.ok ? 'succeeded' : gone || round >= MAX_ATTEMPTS_PER_ROUND ? 'failed' : 'retrying';
  if (outcome === 'succeeded') return (await recordSuccess(claim, result, now)) ? outcome : 'lost';
  return getDb().$transaction(async (tx) => {
    const updated = await tx.webhookDelivery.updateMany({
      where: { id: claim.id, claimToken: claim.claimToken, status: 'Pending' },
      data: {
        claimToken: null,
        claimedBy: null,
        claimedAt: null,
        lastStatusCode: result.status,
        lastAttemptAt: now,
        ...(outcome === 'failed' ? { status: 'Failed', completedAt: now } : {}),
        ...(outcome === 'retrying' ? { nextAttemptAt: new Date(now.getTime() + retryDelayMs(round, result.retryAfterMs)) } : {}),
      },
    });
    if (updated.count !== 1) return 'lost';
    await tx.webhookDeliveryAttempt.create({
      data: {
        id: randomUUID(),
        deliveryId: claim.id,
        attempt: claim.attempts,
        attemptedAt: now,
        statusCode: result.status,
        latencyMs: result.latencyMs,
        response: result.response,
      },
    });
    const [endpoint] = await tx.$queryRaw<{ failingSince: Date }[]>`
      UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${utcTimestamp(now)}::timestamp)
      WHERE "id" = ${claim.endpointId} RETURNING "failingSince"`;
    if (gone) {
      await disableEndpoint(tx, claim.endpointId, `The receiver answered 410 Gone on ${now.toISOString()}: it asked for no more deliveries.`, now);
    } else if (endpoint && now.getTime() - endpoint.failingSince.getTime() >= FAILING_DISABLE_MS) {
      await disableEndpoint(
        tx,
        claim.endpointId,
        `Every delivery failed from ${endpoint.failingSince.toISOString()} to ${now.toISOString()} (5 days); the last answer was ${result.status ?? 'none'}: ${result.response.slice(0, 200)}`,
        now,
      );
    }
    return outcome;
  });
}
