// Cardinal's governance events, each naming the card version and its content hash: an approval bound to a hash, a card changed after a package approval relied on an earlier version, and a review that fell due.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { userContext } from '@/lib/sagemaker/handlers/handler-context';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import { isCardChangedSinceApproval } from '@/lib/server/registry/approval-gate';
import { parseModelPackageArn } from '@/lib/server/registry/registry-arns';
import { recordEvent } from './record-event';

export const APPROVAL_BOUND = 'Cardinal Model Card Approval Bound';
export const CARD_CHANGED_SINCE_PACKAGE_APPROVAL = 'Cardinal Model Card Changed Since Package Approval';
export const REVIEW_OVERDUE = 'Cardinal Model Card Review Overdue';

type CardRef = { id: string; name: string; arn: string };

/** The card's version became Approved: the approval holds for this content hash only, signed by these reviewers. */
export async function recordApprovalBound(tx: Tx, card: CardRef, approval: { version: number; contentHash: string; time: Date }): Promise<void> {
  const reviews = await tx.review.findMany({
    where: { cardId: card.id, version: approval.version, contentHash: approval.contentHash, decision: 'Approved' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { createdAt: true, reviewer: { select: USER_REF_SELECT } },
  });
  await recordEvent(tx, {
    type: 'model_card.approval_bound',
    source: 'cardinal',
    detailType: APPROVAL_BOUND,
    stream: card.arn,
    resources: [card.arn],
    time: approval.time,
    detail: {
      ModelCardName: card.name,
      ModelCardArn: card.arn,
      ModelCardVersion: approval.version,
      ContentHash: approval.contentHash,
      ApprovedAt: approval.time.toISOString(),
      Approvers: reviews.map((review) => ({ ...userContext(review.reviewer), ApprovedAt: review.createdAt.toISOString() })),
    },
  });
}

/**
 * A new version of a card that documents a package version whose standing approval relied on another card version or
 * hash: the same condition as the dashboard's "card changed since approval" flag, announced when it starts to hold again.
 */
export async function recordChangedSincePackageApproval(
  tx: Tx,
  card: CardRef,
  saved: { version: number; contentHash: string; packageArn: string; time: Date },
): Promise<void> {
  const ref = parseModelPackageArn(saved.packageArn);
  if (!ref) return;
  const pkg = await tx.modelPackage.findFirst({
    where: { groupName: ref.groupName, version: ref.version },
    select: { id: true, approvalStatus: true },
  });
  if (!pkg) return;
  const last = await tx.modelPackageApproval.findFirst({
    where: { packageId: pkg.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { toStatus: true, cardId: true, cardVersion: true, cardContentHash: true, createdAt: true },
  });
  if (!last || !isCardChangedSinceApproval(pkg.approvalStatus, last, { id: card.id, latestVersion: saved.version, contentHash: saved.contentHash })) return;
  await recordEvent(tx, {
    type: 'model_card.changed_since_package_approval',
    source: 'cardinal',
    detailType: CARD_CHANGED_SINCE_PACKAGE_APPROVAL,
    stream: card.arn,
    resources: [card.arn, saved.packageArn],
    time: saved.time,
    detail: {
      ModelCardName: card.name,
      ModelCardArn: card.arn,
      ModelCardVersion: saved.version,
      ContentHash: saved.contentHash,
      ModelPackageArn: saved.packageArn,
      ModelApprovalStatus: pkg.approvalStatus,
      PackageApprovedAt: last.createdAt.toISOString(),
      ApprovedModelCardVersion: last.cardId === card.id ? last.cardVersion : null,
      ApprovedContentHash: last.cardId === card.id ? last.cardContentHash : null,
    },
  });
}

/** An approved version's re-review date has passed (the review policy's months for its risk rating after its approval). */
export async function recordReviewOverdue(
  tx: Tx,
  card: CardRef,
  overdue: { version: number; contentHash: string; riskRating: string; approvedAt: Date; dueAt: Date; time: Date },
) {
  return recordEvent(tx, {
    type: 'model_card.review_overdue',
    source: 'cardinal',
    detailType: REVIEW_OVERDUE,
    stream: card.arn,
    resources: [card.arn],
    time: overdue.time,
    detail: {
      ModelCardName: card.name,
      ModelCardArn: card.arn,
      ModelCardVersion: overdue.version,
      ContentHash: overdue.contentHash,
      RiskRating: overdue.riskRating,
      ApprovedAt: overdue.approvedAt.toISOString(),
      ReviewDueAt: overdue.dueAt.toISOString(),
    },
  });
}
