// Authors and admins remove tags from a card by key; keys the card does not have are ignored, so a repeated delete succeeds.
import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { requireCardAuthor } from '@/lib/server/model-cards/card-rules';
import { CARD_TX_OPTIONS, lockCard } from '@/lib/server/model-cards/card-lock';
import { MAX_TAGS_PER_CARD, ZTagKey } from './card-tag-rules';

const ZKeys = z.array(ZTagKey).min(1).max(MAX_TAGS_PER_CARD);

/** Returns the keys that were removed. */
export async function deleteCardTags({ actor, cardId, keys }: { actor: Actor | null; cardId: string; keys: string[] }): Promise<string[]> {
  const author = requireCardAuthor(actor, 'tag model cards');
  const unique = [...new Set(parseInput(ZKeys, keys))];
  return getDb().$transaction(async (tx) => {
    const card = await lockCard(tx, cardId);
    const present = await tx.modelCardTag.findMany({ where: { cardId, key: { in: unique } }, orderBy: { key: 'asc' }, select: { key: true } });
    const removed = present.map((tag) => tag.key);
    if (removed.length > 0) {
      await tx.modelCardTag.deleteMany({ where: { cardId, key: { in: removed } } });
      await recordAuditEvent(tx, {
        actor: auditActor(author),
        action: 'card.tags_deleted',
        targetType: 'model_card',
        targetId: card.id,
        targetName: card.name,
        cardVersion: card.latestVersion,
        details: { keys: removed },
      });
    }
    return removed;
  }, CARD_TX_OPTIONS);
}
