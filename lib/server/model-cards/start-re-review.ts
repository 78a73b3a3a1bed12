// Reviewers and admins reopen an Approved card for its periodic re-review (Approved → PendingReview) without a new version; the re-approval then goes through approve with the usual rules, in a new review round.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMayStartReReview, parseComment, requireReReviewer } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { applyStatusChange, latestVersionOf } from './status-change';
import type { CardDto } from './card-dto';

export async function startReReview({ actor, cardId, comment }: { actor: Actor | null; cardId: string; comment?: string }): Promise<CardDto> {
  const user = requireReReviewer(actor);
  const note = parseComment(comment, false);
  return getDb().$transaction(async (tx) => {
    const card = await lockCard(tx, cardId);
    checkMayStartReReview(card);
    const latest = await latestVersionOf(tx, card);
    return applyStatusChange(tx, user, card, {
      to: 'PendingReview',
      comment: note ?? 'Periodic re-review started',
      action: 'card.rereview_started',
      contentHash: latest.contentHash,
    });
  }, CARD_TX_OPTIONS);
}
