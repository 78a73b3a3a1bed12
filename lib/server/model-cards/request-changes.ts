// Reviewers send a card waiting for review back to Draft with a comment saying what must change; the decision is an append-only Review of that version and hash.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { parseComment, parseVersionNumber, requireCardReviewer } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { applyStatusChange, latestVersionOf } from './status-change';
import { checkMayRequestChanges, checkReviewable } from './review-checks';
import { reviewRoundOf } from './review-round';
import type { CardDto } from './card-dto';

export async function requestChanges({
  actor,
  cardId,
  version,
  comment,
}: {
  actor: Actor | null;
  cardId: string;
  /** The version the reviewer read; refused unless it is still the latest. */
  version: number;
  comment: string;
}): Promise<CardDto> {
  const reviewer = requireCardReviewer(actor, 'request changes to model cards');
  const reviewed = parseVersionNumber(version, 'version');
  const note = parseComment(comment, true)!;
  return getDb().$transaction(async (tx) => {
    const card = await lockCard(tx, cardId);
    checkReviewable(card, reviewed, 'request changes');
    const target = await latestVersionOf(tx, card);
    const mine = {
      cardId,
      version: reviewed,
      round: await reviewRoundOf(tx, cardId, reviewed),
      reviewerId: reviewer.id,
      decision: 'ChangesRequested' as const,
    };
    checkMayRequestChanges(card, reviewed, !!(await tx.review.findFirst({ where: mine, select: { id: true } })));
    await tx.review.create({ data: { ...mine, contentHash: target.contentHash, comment: note } });
    return applyStatusChange(tx, reviewer, card, { to: 'Draft', comment: note, action: 'card.changes_requested', contentHash: target.contentHash });
  }, CARD_TX_OPTIONS);
}
