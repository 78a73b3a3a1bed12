// Every content change becomes version N+1 in Draft, based on the version its author started from: a stale base is refused naming the newer version, and canonical-JSON-equal content saves nothing (NO_CHANGES).
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { formatTimestamp } from '@/lib/format';
import { checkEditable, parseVersionNumber, prepareContent, requireCardAuthor } from './card-rules';
import { CARD_TX_OPTIONS, changeTime } from './card-lock';
import { cardNotFound } from './card-errors';
import { contentColumns, updateCard } from './card-row';
import { explainUniqueViolation } from './explain-unique-violation';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { recordCardEvent } from './card-event';
import type { SavedVersionDto } from './card-dto';
import { linkColumnsFor } from './package-card-link';

/** Why the conditional UPDATE matched no row: the card is gone, archived, or someone saved after the base. */
async function refusal(tx: Tx, cardId: string, base: number): Promise<AppError> {
  const card = await tx.modelCard.findUnique({ where: { id: cardId }, select: { name: true, status: true, latestVersion: true } });
  if (!card) return cardNotFound();
  checkEditable(card);
  const latestVersion = card.latestVersion;
  if (base > latestVersion) {
    return new AppError('INVALID_INPUT', `baseVersion: ${card.name} has no version ${base}; its latest version is ${latestVersion}.`, {
      path: 'baseVersion',
      details: { latestVersion },
    });
  }
  const latest = await tx.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId, version: latestVersion } },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  return new AppError(
    'CONFLICT',
    `Version ${latestVersion} was saved by ${latest.author.name} at ${formatTimestamp(latest.createdAt)} after the version ${base} you started from. ` +
      `Nothing was saved: open version ${latestVersion}, make your changes there and save again.`,
    { details: { latestVersion, baseVersion: base, savedBy: latest.author.name, savedAt: latest.createdAt } },
  );
}

export async function saveVersion({
  actor,
  cardId,
  baseVersion,
  content,
}: {
  actor: Actor | null;
  cardId: string;
  /** The version the author started from; the save is refused unless it is still the latest. */
  baseVersion: number;
  /** A JSON string (stored exactly as sent) or a content object (stored as its JSON). */
  content: string | TModelCardContent;
}): Promise<SavedVersionDto> {
  const author = requireCardAuthor(actor, 'edit model cards');
  const base = parseVersionNumber(baseVersion, 'baseVersion');
  const prepared = prepareContent(content);
  const version = base + 1;
  try {
    return await getDb().$transaction(async (tx) => {
      // Claims version N+1. The row lock makes saves of one card take turns, across connections and
      // instances; a save that waited finds latestVersion moved on and matches no row.
      const claimed = await tx.$executeRaw`
        UPDATE "ModelCard" SET "latestVersion" = ${version}
        WHERE "id" = ${cardId} AND "latestVersion" = ${base} AND "status" <> 'Archived'`;
      if (claimed === 0) throw await refusal(tx, cardId, base);

      const card = await tx.modelCard.findUniqueOrThrow({
        where: { id: cardId },
        select: { name: true, status: true, updatedAt: true, packageCard: true, modelPackageArn: true },
      });
      const links = linkColumnsFor(card, prepared);
      const previous = await tx.modelCardVersion.findUniqueOrThrow({
        where: { cardId_version: { cardId, version: base } },
        select: { contentHash: true },
      });
      // Equal hashes of the canonical JSON are equal content (sameContent), without loading the stored text.
      if (previous.contentHash === prepared.hash) {
        throw new AppError('NO_CHANGES', `No changes to save: the content is the same as version ${base}, so no new version was created.`, {
          details: { latestVersion: base },
        });
      }

      const at = changeTime(card.updatedAt);
      await tx.modelCardVersion.create({
        data: { cardId, version, content: prepared.text, contentHash: prepared.hash, authorId: author.id, createdAt: at },
      });
      // A new version starts as Draft: an approval or a pending review never carries over to changed content.
      const reopened = card.status !== 'Draft';
      if (reopened) {
        await tx.cardStatusChange.create({
          data: { cardId, version, contentHash: prepared.hash, fromStatus: card.status, toStatus: 'Draft', actorId: author.id, createdAt: at },
        });
      }
      const updated = await updateCard(tx, cardId, { status: 'Draft', ...contentColumns(prepared), ...links, updatedById: author.id, updatedAt: at });
      await recordCardEvent(tx, author, 'card.version_saved', updated, {
        version,
        contentHash: prepared.hash,
        details: { baseVersion: base, ...(reopened ? { statusFrom: card.status, statusTo: 'Draft' } : {}) },
      });
      return { card: updated, version, contentHash: prepared.hash };
    }, CARD_TX_OPTIONS);
  } catch (error) {
    const explained = await explainUniqueViolation(error, { modelId: prepared.modelId, modelPackageArn: prepared.modelPackageArn, cardId });
    // unique(cardId, version) backs up the conditional UPDATE; if it ever fires, the save lost a race like any other.
    if (isUniqueViolation(explained)) {
      throw new AppError('CONFLICT', 'Another save of this model card landed at the same moment. Nothing was saved: open the latest version and save again.');
    }
    throw explained;
  }
}
