// Every state change writes its event in the change's own transaction (the outbox), numbered 1..N within its stream, together with its webhook deliveries.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/server/db';
import { readArnContext } from '@/lib/server/arn-context';
import { LOCKS, lockForTransaction } from '@/lib/server/db/transaction-lock';
import { enqueueDeliveries } from '@/lib/server/webhooks/enqueue-deliveries';
import type { TDeliveryTarget } from '@/lib/server/webhooks/enqueue-deliveries';

/** SageMaker's events keep SageMaker's source; events SageMaker does not have are Cardinal's own. */
export type TEventSource = 'aws.sagemaker' | 'cardinal';

/** Amazon EventBridge's event envelope, exactly: existing rule patterns and consumers read it unchanged. */
export type TEventEnvelope = {
  version: '0';
  id: string;
  'detail-type': string;
  source: TEventSource;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
};

export type TEventInput = {
  /** Cardinal's dot-separated event type (`model_card.approved`), what webhook filters and the feed select on. */
  type: string;
  source: TEventSource;
  detailType: string;
  /** The ARN whose events are delivered in order (a card, a package version, a model). */
  stream: string;
  resources: string[];
  detail: Record<string, unknown>;
  time: Date;
  /** Deliver to this endpoint only, whatever its filter (a test event); by default every enabled endpoint whose filter takes the type. */
  deliverTo?: TDeliveryTarget;
};

export type TRecordedEvent = { id: string; sequence: number; envelope: TEventEnvelope; deliveries: { id: string; endpointId: string }[] };

export async function recordEvent(tx: Tx, input: TEventInput): Promise<TRecordedEvent> {
  // Every change already holds the audit chain's lock (recordAuditEvent) until it commits; taking it here too
  // means positions are handed out in commit order, so a feed reader past position P never misses a later commit below P.
  await lockForTransaction(tx, LOCKS.auditChain);
  // The upsert locks the stream's row until commit, so concurrent writers of one stream take 1..N in commit order.
  const [row] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "EventStream" ("stream", "lastSequence") VALUES (${input.stream}, 1)
    ON CONFLICT ("stream") DO UPDATE SET "lastSequence" = "EventStream"."lastSequence" + 1
    RETURNING "lastSequence"`;
  const { region, account } = readArnContext();
  const id = randomUUID();
  const envelope: TEventEnvelope = {
    version: '0',
    id,
    'detail-type': input.detailType,
    source: input.source,
    account,
    time: input.time.toISOString(),
    region,
    resources: input.resources,
    detail: input.detail,
  };
  await tx.event.create({
    data: {
      id,
      stream: input.stream,
      sequence: row.lastSequence,
      time: input.time,
      type: input.type,
      source: input.source,
      detailType: input.detailType,
      resources: input.resources,
      body: JSON.stringify(envelope),
    },
  });
  const deliveries = await enqueueDeliveries(
    tx,
    { id, stream: input.stream, sequence: row.lastSequence, type: input.type, detailType: input.detailType },
    { only: input.deliverTo },
  );
  return { id, sequence: row.lastSequence, envelope, deliveries };
}
