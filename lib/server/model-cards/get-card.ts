// Every signed-in role reads any card, by id or by its (unique, permanent) name.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';
import { cardRefNotFound } from './card-errors';
import { CARD_SELECT } from './card-dto';
import type { CardDto } from './card-dto';

export async function getCard({ actor, ...ref }: { actor: Actor | null } & ({ cardId: string } | { name: string })): Promise<CardDto> {
  requireCardReader(actor);
  const card = await getDb().modelCard.findUnique({ where: 'cardId' in ref ? { id: ref.cardId } : { name: ref.name }, select: CARD_SELECT });
  if (card) return card;
  throw cardRefNotFound(ref);
}
