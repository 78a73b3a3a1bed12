// One claimed attempt: the stored event body, signed with the endpoint's current secrets, sent with sendWebhook (webhook-id = the event id on every retry), its outcome written by finishDeliveryAttempt. No transaction is open while it sends.
import 'server-only';
import { sendWebhook, WEBHOOK_TIMEOUT_MS } from './send-webhook';
import type { TAttemptResult } from './send-webhook';
import { signingSecrets } from './webhook-signing';
import { deliveryLeaseSeconds, webhookNow } from './delivery-rules';
import { finishDeliveryAttempt } from './finish-delivery-attempt';
import type { TDeliveryOutcome } from './finish-delivery-attempt';
import type { ClaimedDelivery } from './claim-due-deliveries';

export async function runDeliveryAttempt(
  claim: ClaimedDelivery,
  { now = webhookNow, lease = deliveryLeaseSeconds() }: { now?: () => Date; lease?: number } = {},
): Promise<TDeliveryOutcome> {
  const attemptedAt = now();
  // The attempt ends well inside its lease, so no second claim can send while this one still might.
  const timeoutMs = Math.max(250, Math.min(WEBHOOK_TIMEOUT_MS, lease * 1000 - 1000));
  let result: TAttemptResult;
  try {
    result = await sendWebhook({
      url: claim.url,
      messageId: claim.eventId,
      body: claim.body,
      secrets: signingSecrets({ ...claim, id: claim.endpointId }, attemptedAt),
      // webhook-timestamp is the receiver's replay check against its own clock: always the real time.
      now: new Date(),
      timeoutMs,
    });
  } catch (error) {
    result = { ok: false, status: null, latencyMs: 0, response: `not sent: ${(error as Error).message ?? String(error)}`.slice(0, 1024) };
  }
  return finishDeliveryAttempt({ claim, result, now: attemptedAt });
}
