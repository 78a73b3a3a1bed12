// A status change applies to the latest version and creates none: one CardStatusChange row, the card's status, one audit event.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { CardDto, TCardStatus } from './card-dto';
import { changeTime } from './card-lock';
import type { LockedCard } from './card-lock';
import { updateCard } from './card-row';
import { recordCardEvent } from './card-event';

export async function latestVersionOf(tx: Tx, card: LockedCard): Promise<{ contentHash: string; authorId: string }> {
  return tx.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId: card.id, version: card.latestVersion } },
    select: { contentHash: true, authorId: true },
  });
}

export async function applyStatusChange(
  tx: Tx,
  actor: Actor,
  card: LockedCard,
  change: { to: TCardStatus; comment: string | null; action: string; contentHash: string; details?: Record<string, unknown> },
): Promise<CardDto> {
  const at = changeTime(card.updatedAt);
  const version = card.latestVersion;
  await tx.cardStatusChange.create({
    data: {
      cardId: card.id,
      version,
      contentHash: change.contentHash,
      fromStatus: card.status,
      toStatus: change.to,
      actorId: actor.id,
      comment: change.comment,
      createdAt: at,
    },
  });
  const updated = await updateCard(tx, card.id, { status: change.to, updatedById: actor.id, updatedAt: at });
  await recordCardEvent(tx, actor, change.action, card, {
    version,
    contentHash: change.contentHash,
    details: { from: card.status, to: change.to, comment: change.comment, ...change.details },
  });
  return updated;
}
