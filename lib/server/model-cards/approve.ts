// Reviewers approve the latest version of a card waiting for review; nobody approves a version they authored, and High risk needs two distinct approving reviewers on the same version and hash.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { approvalsRequired, parseComment, parseVersionNumber, requireCardReviewer } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { applyStatusChange, latestVersionOf } from './status-change';
import { reviewRoundOf } from './review-round';
import { readCard } from './card-row';
import { recordCardEvent } from './card-event';
import { checkMayApprove, checkReviewable } from './review-checks';
import { approvalRecordedMessage, approvedMessage } from './lifecycle-messages';
import type { CardDto } from './card-dto';

export type ApprovalResultDto = {
  card: CardDto;
  /** True when this approval completed the quorum and the card is now Approved. */
  approved: boolean;
  approvals: number;
  approvalsRequired: number;
  message: string;
};

export async function approve({
  actor,
  cardId,
  version,
  comment,
}: {
  actor: Actor | null;
  cardId: string;
  /** The version the reviewer read; refused unless it is still the latest. */
  version: number;
  comment?: string;
}): Promise<ApprovalResultDto> {
  const reviewer = requireCardReviewer(actor, 'approve model cards');
  const reviewed = parseVersionNumber(version, 'version');
  const note = parseComment(comment, false);
  return getDb().$transaction(async (tx) => {
    // The lock makes two reviewers approving at once count each other's approval.
    const card = await lockCard(tx, cardId);
    checkReviewable(card, reviewed, 'approve it');
    const target = await latestVersionOf(tx, card);
    const round = await reviewRoundOf(tx, cardId, reviewed);
    const mine = { cardId, version: reviewed, round, reviewerId: reviewer.id, decision: 'Approved' as const };
    const alreadyApproved = !!(await tx.review.findFirst({ where: mine, select: { id: true } }));
    checkMayApprove(card, reviewed, { reviewerId: reviewer.id, versionAuthorId: target.authorId, alreadyApproved });
    await tx.review.create({ data: { ...mine, contentHash: target.contentHash, comment: note } });
    const approvals = await tx.review.count({ where: { cardId, version: reviewed, round, contentHash: target.contentHash, decision: 'Approved' } });
    const required = approvalsRequired(card.riskRating);
    const details = { approvals, approvalsRequired: required, riskRating: card.riskRating };

    if (approvals < required) {
      await recordCardEvent(tx, reviewer, 'card.approval_recorded', card, {
        version: reviewed,
        contentHash: target.contentHash,
        details: { ...details, comment: note },
      });
      return {
        card: await readCard(tx, cardId),
        approved: false,
        approvals,
        approvalsRequired: required,
        message: approvalRecordedMessage(card, reviewed),
      };
    }
    const updated = await applyStatusChange(tx, reviewer, card, {
      to: 'Approved',
      comment: note,
      action: 'card.approved',
      contentHash: target.contentHash,
      details,
    });
    return { card: updated, approved: true, approvals, approvalsRequired: required, message: approvedMessage(card, reviewed) };
  }, CARD_TX_OPTIONS);
}
