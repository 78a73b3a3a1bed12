// A card's change becomes SageMaker's "Model Card State Change" (thin: metadata, no content); reviews, approvals bound to a hash, changes after a package approval, deletes and links, which SageMaker does not announce, are Cardinal's own events naming the version and its hash.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import { modelCardArn } from '@/lib/sagemaker/protocol';
import { userContext } from '@/lib/sagemaker/handlers/handler-context';
import { readArnContext } from '@/lib/server/arn-context';
import { recordEvent } from './record-event';
import { recordApprovalBound, recordChangedSincePackageApproval } from './governance-events';

export const MODEL_CARD_STATE_CHANGE = 'SageMaker Model Card State Change';
export const REVIEW_RECORDED = 'Cardinal Model Card Review Recorded';
export const CARD_DELETED = 'Cardinal Model Card Deleted';
export const CARD_LINKED = 'Cardinal Model Card Linked';

/** Audit actions that change a card's state; an approval short of the quorum changes nothing SageMaker would announce. */
const STATE_CHANGES = new Set([
  'card.created',
  'card.cloned',
  'card.version_saved',
  'card.submitted',
  'card.rereview_started',
  'card.changes_requested',
  'card.approved',
  'card.archived',
]);
/** A re-review sends the approved version back to review: subscribers see what a submission sends (the card is PendingReview again). */
const EVENT_TYPES: Record<string, string> = { 'card.rereview_started': 'model_card.submitted' };
const REVIEWS: Record<string, string> = { 'card.approval_recorded': 'Approved', 'card.approved': 'Approved', 'card.changes_requested': 'ChangesRequested' };

export type TCardChange = { version: number; contentHash: string; details?: Record<string, unknown> };

export function cardArnOf(name: string): string {
  return modelCardArn({ ...readArnContext(), name });
}

function userRef(actor: Actor) {
  return userContext({ id: actor.id, name: actor.name, email: actor.email });
}

export async function recordCardEvents(tx: Tx, actor: Actor, action: string, card: { id: string; name: string }, change: TCardChange): Promise<void> {
  const arn = cardArnOf(card.name);
  const time = new Date();
  let changedAt = time;
  if (STATE_CHANGES.has(action)) {
    const row = await tx.modelCard.findUniqueOrThrow({
      where: { id: card.id },
      select: {
        status: true,
        latestVersion: true,
        modelId: true,
        modelPackageArn: true,
        createdAt: true,
        updatedAt: true,
        createdBy: { select: USER_REF_SELECT },
        updatedBy: { select: USER_REF_SELECT },
      },
    });
    await recordEvent(tx, {
      type: EVENT_TYPES[action] ?? action.replace(/^card\./, 'model_card.'),
      source: 'aws.sagemaker',
      detailType: MODEL_CARD_STATE_CHANGE,
      stream: arn,
      resources: [arn],
      time: row.updatedAt,
      detail: {
        ModelCardVersion: row.latestVersion,
        LastModifiedTime: row.updatedAt.toISOString(),
        LastModifiedBy: userContext(row.updatedBy),
        CreationTime: row.createdAt.toISOString(),
        CreatedBy: userContext(row.createdBy),
        ModelCardName: card.name,
        ...(row.modelId ? { ModelId: row.modelId } : {}),
        ModelCardStatus: row.status,
        AccountId: readArnContext().account,
        SecurityConfig: {},
      },
    });
    changedAt = row.updatedAt;
    if (action === 'card.version_saved' && row.modelPackageArn) {
      await recordChangedSincePackageApproval(
        tx,
        { id: card.id, name: card.name, arn },
        { version: change.version, contentHash: change.contentHash, packageArn: row.modelPackageArn, time: row.updatedAt },
      );
    }
    if ((action === 'card.created' || action === 'card.cloned') && (row.modelPackageArn || row.modelId)) {
      const linkedTo = row.modelPackageArn ? { ModelPackageArn: row.modelPackageArn } : { ModelId: row.modelId! };
      await recordCardLinked(tx, actor, { arn, name: card.name, version: change.version, contentHash: change.contentHash, linkedTo, time: row.updatedAt });
    }
  }
  if (action in REVIEWS) {
    const details = change.details ?? {};
    await recordEvent(tx, {
      type: 'model_card.review_recorded',
      source: 'cardinal',
      detailType: REVIEW_RECORDED,
      stream: arn,
      resources: [arn],
      time,
      detail: {
        ModelCardName: card.name,
        ModelCardArn: arn,
        ModelCardVersion: change.version,
        ContentHash: change.contentHash,
        Decision: REVIEWS[action],
        Reviewer: userRef(actor),
        Comment: details.comment ?? null,
        ...(typeof details.approvals === 'number' ? { Approvals: details.approvals, ApprovalsRequired: details.approvalsRequired } : {}),
        ModelCardStatus: action === 'card.approval_recorded' ? 'PendingReview' : details.to,
      },
    });
  }
  if (action === 'card.approved') {
    await recordApprovalBound(tx, { id: card.id, name: card.name, arn }, { version: change.version, contentHash: change.contentHash, time: changedAt });
  }
  if (action === 'card.deleted') {
    await recordEvent(tx, {
      type: 'model_card.deleted',
      source: 'cardinal',
      detailType: CARD_DELETED,
      stream: arn,
      resources: [arn],
      time,
      detail: {
        ModelCardName: card.name,
        ModelCardArn: arn,
        ModelCardVersion: change.version,
        ContentHash: change.contentHash,
        Versions: change.details?.versions ?? [],
        DeletedBy: userRef(actor),
      },
    });
  }
}

/** A card now documents a model or a package version: the event goes to that resource's stream, naming the card's version and hash. */
export async function recordCardLinked(
  tx: Tx,
  actor: Actor,
  link: { arn: string; name: string; version: number; contentHash: string; linkedTo: { ModelPackageArn: string } | { ModelId: string }; time: Date },
): Promise<void> {
  const linked = 'ModelPackageArn' in link.linkedTo ? link.linkedTo.ModelPackageArn : link.linkedTo.ModelId;
  await recordEvent(tx, {
    type: 'model_card.linked',
    source: 'cardinal',
    detailType: CARD_LINKED,
    stream: linked,
    resources: [linked, link.arn],
    time: link.time,
    detail: {
      ModelCardName: link.name,
      ModelCardArn: link.arn,
      ModelCardVersion: link.version,
      ContentHash: link.contentHash,
      ...link.linkedTo,
      LinkedBy: userRef(actor),
    },
  });
}
