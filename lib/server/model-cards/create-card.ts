// Creating a card creates version 1 in Draft; the name is checked here and taken for good, the content validated and linked to at most one model.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { parseCardName, prepareContent, requireCardAuthor } from './card-rules';
import { CARD_TX_OPTIONS, explainUniqueViolation, insertCard, recordCardEvent } from './card-tx';
import type { SavedVersionDto } from './card-dto';

export async function createCard({
  actor,
  name,
  content,
}: {
  actor: Actor | null;
  name: string;
  /** A JSON string (stored exactly as sent) or a content object (stored as its JSON). */
  content: string | TModelCardContent;
}): Promise<SavedVersionDto> {
  const author = requireCardAuthor(actor, 'create model cards');
  const cardName = parseCardName(name);
  const prepared = prepareContent(content);
  try {
    return await getDb().$transaction(async (tx) => {
      const saved = await insertCard(tx, author, cardName, prepared, null);
      await recordCardEvent(tx, author, 'card.created', saved.card, { version: 1, contentHash: prepared.hash });
      return saved;
    }, CARD_TX_OPTIONS);
  } catch (error) {
    throw await explainUniqueViolation(error, { name: cardName, modelId: prepared.modelId });
  }
}
