// The owner or an admin archives a card from any other status; an Archived card takes no content change but can still be read, diffed and exported.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMayArchive, parseComment, requireCardReader } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { applyStatusChange, latestVersionOf } from './status-change';
import type { CardDto } from './card-dto';

export async function archive({ actor, cardId, comment }: { actor: Actor | null; cardId: string; comment?: string }): Promise<CardDto> {
  const user = requireCardReader(actor);
  const note = parseComment(comment, false);
  return getDb().$transaction(async (tx) => {
    const card = await lockCard(tx, cardId);
    checkMayArchive(user, card);
    const latest = await latestVersionOf(tx, card);
    return applyStatusChange(tx, user, card, { to: 'Archived', comment: note, action: 'card.archived', contentHash: latest.contentHash });
  }, CARD_TX_OPTIONS);
}
