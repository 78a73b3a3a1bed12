// Every role that reads a card reads its tags, sorted by key.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { cardNotFound } from '@/lib/server/model-cards/card-errors';
import type { CardTagDto } from './card-tag-rules';

export async function listCardTags({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<CardTagDto[]> {
  requireCardReader(actor);
  const card = await getDb().modelCard.findUnique({
    where: { id: cardId },
    select: { tags: { orderBy: { key: 'asc' }, select: { key: true, value: true } } },
  });
  if (!card) throw cardNotFound();
  return card.tags;
}
