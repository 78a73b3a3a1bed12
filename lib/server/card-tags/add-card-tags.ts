// Authors and admins add tags to a card or overwrite the values of keys it has; a card never holds more than 50, and each change is one audit event.
import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { requireCardAuthor } from '@/lib/server/model-cards/card-rules';
import { CARD_TX_OPTIONS, lockCard } from '@/lib/server/model-cards/card-lock';
import { MAX_TAGS_PER_CARD, ZTag } from './card-tag-rules';
import type { CardTagDto } from './card-tag-rules';

const ZTags = z.array(ZTag).max(MAX_TAGS_PER_CARD);

/** Returns every tag of the card after the change, sorted by key. A key given twice keeps its last value, as a map would. */
export async function addCardTags({ actor, cardId, tags }: { actor: Actor | null; cardId: string; tags: CardTagDto[] }): Promise<CardTagDto[]> {
  const author = requireCardAuthor(actor, 'tag model cards');
  const wanted = new Map(parseInput(ZTags, tags).map((tag) => [tag.key, tag.value]));
  return getDb().$transaction(async (tx) => {
    // The card's row lock makes concurrent adds count each other's tags.
    const card = await lockCard(tx, cardId);
    for (const [key, value] of wanted) {
      await tx.modelCardTag.upsert({ where: { cardId_key: { cardId, key } }, create: { cardId, key, value }, update: { value } });
    }
    const all = await tx.modelCardTag.findMany({ where: { cardId }, orderBy: { key: 'asc' }, select: { key: true, value: true } });
    if (all.length > MAX_TAGS_PER_CARD) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `${card.name} would have ${all.length} tags; a model card holds at most ${MAX_TAGS_PER_CARD}. Nothing was added: delete tags you no longer need first.`,
        { details: { tags: all.length, maximum: MAX_TAGS_PER_CARD } },
      );
    }
    if (wanted.size > 0) {
      await recordAuditEvent(tx, {
        actor: auditActor(author),
        action: 'card.tags_added',
        targetType: 'model_card',
        targetId: card.id,
        targetName: card.name,
        cardVersion: card.latestVersion,
        details: { tags: Object.fromEntries(wanted) },
      });
    }
    return all;
  }, CARD_TX_OPTIONS);
}
