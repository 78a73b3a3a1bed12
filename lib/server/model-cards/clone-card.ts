// Cloning copies a card's latest content into a new card (new name, version 1, Draft) that records where it came from; the model link (model_overview.model_id) and the package link (model_package_details.model_package_arn) stay with the source, because each model and each package version has one card.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { parseCardName, prepareContent, requireCardAuthor } from './card-rules';
import { CARD_TX_OPTIONS, cardNotFound, explainUniqueViolation, insertCard, recordCardEvent } from './card-tx';
import type { SavedVersionDto } from './card-dto';

export type ClonedCardDto = SavedVersionDto & {
  clonedFrom: { name: string; version: number };
  /** The source's model_overview.model_id, left out of the clone; null when the source linked no model. */
  droppedModelId: string | null;
  /** The source's model_package_details.model_package_arn, left out of the clone; null when the source linked no package. */
  droppedModelPackageArn: string | null;
  message: string;
};

export async function cloneCard({ actor, cardId, name }: { actor: Actor | null; cardId: string; name: string }): Promise<ClonedCardDto> {
  const author = requireCardAuthor(actor, 'clone model cards');
  const cardName = parseCardName(name);
  const source = await getDb().modelCard.findUnique({
    where: { id: cardId },
    select: { name: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, content: true } } },
  });
  if (!source) throw cardNotFound();
  const { version, content } = source.versions[0];
  const document = JSON.parse(content) as { model_overview?: { model_id?: string }; model_package_details?: { model_package_arn?: string } };
  const droppedModelId = document.model_overview?.model_id || null;
  const droppedModelPackageArn = document.model_package_details?.model_package_arn ?? null;
  // Unchanged content keeps the source's exact text; without a link it is written anew.
  let text = content;
  if (droppedModelId) delete document.model_overview!.model_id;
  if (droppedModelPackageArn) delete document.model_package_details!.model_package_arn;
  if (droppedModelId || droppedModelPackageArn) text = JSON.stringify(document);
  const prepared = prepareContent(text);
  const clonedFrom = { name: source.name, version };
  try {
    const saved = await getDb().$transaction(async (tx) => {
      const created = await insertCard(tx, author, cardName, prepared, clonedFrom);
      await recordCardEvent(tx, author, 'card.cloned', created.card, {
        version: 1,
        contentHash: prepared.hash,
        details: { clonedFromId: cardId, clonedFromName: source.name, clonedFromVersion: version, droppedModelId, droppedModelPackageArn },
      });
      return created;
    }, CARD_TX_OPTIONS);
    const message =
      `Cloned ${source.name} version ${version} into ${cardName}.` +
      (droppedModelId ? ` model_overview.model_id (${droppedModelId}) was left out: each model has one card, and it stays linked to ${source.name}.` : '') +
      (droppedModelPackageArn
        ? ` model_package_details.model_package_arn (${droppedModelPackageArn}) was left out: each package version has one card, and it stays linked to ${source.name}.`
        : '');
    return { ...saved, clonedFrom, droppedModelId, droppedModelPackageArn, message };
  } catch (error) {
    throw await explainUniqueViolation(error, { name: cardName, modelId: null });
  }
}
