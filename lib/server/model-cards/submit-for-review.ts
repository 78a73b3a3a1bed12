// Authors submit a Draft card for review (Draft → PendingReview); the status change applies to the latest version and creates none.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMaySubmit, parseComment, requireCardAuthor } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { applyStatusChange, latestVersionOf } from './status-change';
import type { CardDto } from './card-dto';

export async function submitForReview({ actor, cardId, comment }: { actor: Actor | null; cardId: string; comment?: string }): Promise<CardDto> {
  const author = requireCardAuthor(actor, 'submit model cards for review');
  const note = parseComment(comment, false);
  return getDb().$transaction(async (tx) => {
    const card = await lockCard(tx, cardId);
    checkMaySubmit(card);
    const latest = await latestVersionOf(tx, card);
    return applyStatusChange(tx, author, card, { to: 'PendingReview', comment: note, action: 'card.submitted', contentHash: latest.contentHash });
  }, CARD_TX_OPTIONS);
}
