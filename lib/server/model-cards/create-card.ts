// Creating a card creates version 1 in Draft; the name is checked here and taken for good, the content validated and linked to at most one model or package version.
// A card cloned in the wizard (getCloneSource, then edited) names its source, which must exist at that version.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { parseCardName, parseVersionNumber, prepareContent, requireCardAuthor } from './card-rules';
import { CARD_TX_OPTIONS } from './card-lock';
import { explainUniqueViolation } from './explain-unique-violation';
import { insertCard } from './card-row';
import { recordCardEvent } from './card-event';
import { AppError } from '@/lib/server/errors';
import type { SavedVersionDto } from './card-dto';

export async function createCard({
  actor,
  name,
  content,
  clonedFrom,
}: {
  actor: Actor | null;
  name: string;
  /** The card and version this one was cloned from and then edited before its first save (the wizard's clone). */
  clonedFrom?: { name: string; version: number };
  /** A JSON string (stored exactly as sent) or a content object (stored as its JSON). */
  content: string | TModelCardContent;
}): Promise<SavedVersionDto> {
  const author = requireCardAuthor(actor, 'create model cards');
  const cardName = parseCardName(name);
  const prepared = prepareContent(content);
  try {
    return await getDb().$transaction(async (tx) => {
      if (!clonedFrom) {
        const saved = await insertCard(tx, author, cardName, prepared, null);
        await recordCardEvent(tx, author, 'card.created', saved.card, { version: 1, contentHash: prepared.hash });
        return saved;
      }
      const version = parseVersionNumber(clonedFrom.version, 'clonedFrom.version');
      const source = await tx.modelCard.findUnique({ where: { name: String(clonedFrom.name) }, select: { id: true, name: true, latestVersion: true } });
      if (!source || version > source.latestVersion) {
        throw new AppError('NOT_FOUND', `clonedFrom: there is no model card ${String(clonedFrom.name)} with a version ${version} to clone from.`, {
          path: 'clonedFrom',
        });
      }
      const saved = await insertCard(tx, author, cardName, prepared, { name: source.name, version });
      await recordCardEvent(tx, author, 'card.cloned', saved.card, {
        version: 1,
        contentHash: prepared.hash,
        details: { clonedFromId: source.id, clonedFromName: source.name, clonedFromVersion: version, editedBeforeSave: true },
      });
      return saved;
    }, CARD_TX_OPTIONS);
  } catch (error) {
    throw await explainUniqueViolation(error, { name: cardName, modelId: prepared.modelId, modelPackageArn: prepared.modelPackageArn });
  }
}
