// Which listed cards this user may archive or delete, decided by checkMayArchive and checkMayDelete, the checks archive and deleteCard run, so the hub offers exactly what those services accept.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { hasRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMayArchive, checkMayDelete } from './card-rules';
import type { LockedCard } from './card-lock';
import { refusalOf } from './refusal-of';

export type BulkCardActionsDto = { canArchive: boolean; canDelete: boolean };

type ListedCard = Pick<LockedCard, 'id' | 'name' | 'status'> & { owner: { id: string } };

/** One query at most: whether the user's own Drafts on the page were ever approved (the only fact the checks need beyond the row). */
export async function getBulkCardActions({ user, cards }: { user: Actor; cards: ListedCard[] }): Promise<Map<string, BulkCardActionsDto>> {
  const rows = cards.map((card) => ({ id: card.id, name: card.name, status: card.status, ownerId: card.owner.id }));
  // deleteCard asks the same question, and only of a non-admin; anyone else's card is refused before the answer matters.
  const asked = hasRole(user, 'admin') ? [] : rows.filter((card) => card.ownerId === user.id && card.status === 'Draft').map((card) => card.id);
  const approved = asked.length
    ? new Set(
        (
          await getDb().cardStatusChange.findMany({ where: { cardId: { in: asked }, toStatus: 'Approved' }, distinct: ['cardId'], select: { cardId: true } })
        ).map((change) => change.cardId),
      )
    : new Set<string>();
  return new Map(
    rows.map((card) => [
      card.id,
      {
        canArchive: !refusalOf(() => checkMayArchive(user, card)),
        canDelete: !refusalOf(() => checkMayDelete(user, card, approved.has(card.id))),
      },
    ]),
  );
}
