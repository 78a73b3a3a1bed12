// Deleting a card removes it and its whole history from every read; the audit trail keeps its name, who deleted it, when, and every version's number and hash.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { hasRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMayDelete, requireCardReader } from './card-rules';
import { CARD_TX_OPTIONS, lockCard } from './card-lock';
import { recordCardEvent } from './card-event';

export type DeletedCardDto = { id: string; name: string; versions: number };

/** Who may delete which card is checkMayDelete's rule. */
export async function deleteCard({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<DeletedCardDto> {
  const user = requireCardReader(actor);
  return getDb().$transaction(async (tx) => {
    // Locked first, so a save that is still running either lands before the list of versions is read or finds the card gone.
    const card = await lockCard(tx, cardId);
    const everApproved = !hasRole(user, 'admin') && !!(await tx.cardStatusChange.findFirst({ where: { cardId, toStatus: 'Approved' }, select: { id: true } }));
    checkMayDelete(user, card, everApproved);
    const versions = await tx.modelCardVersion.findMany({ where: { cardId }, orderBy: { version: 'asc' }, select: { version: true, contentHash: true } });
    // The append-only triggers let versions, reviews and status changes go only with their card, in a transaction that names it.
    await tx.$queryRaw`SELECT set_config('cardinal.deleting_card', ${cardId}, true)`;
    await tx.modelCard.delete({ where: { id: cardId } });
    await recordCardEvent(tx, user, 'card.deleted', card, {
      version: card.latestVersion,
      contentHash: versions[versions.length - 1].contentHash,
      details: { name: card.name, status: card.status, ownerId: card.ownerId, versions },
    });
    return { id: card.id, name: card.name, versions: versions.length };
  }, CARD_TX_OPTIONS);
}
