// Steps every card-changing transaction shares: the card's row lock, a per-card clock that never runs backwards, the audit event, and naming what a unique index refused.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Tx } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { USER_REF_SELECT } from './card-dto';
import type { CardDto, SavedVersionDto, TCardStatus } from './card-dto';
import type { PreparedContent } from './card-rules';
import { packageLinkTakenError } from './package-card-link';

/**
 * A burst of writes queues for the connection pool (and for card row locks); with Prisma's
 * default 2 s to start a transaction, 400 concurrent saves on PostgreSQL with the default pool
 * of 10 failed "Unable to start a transaction in the given time" instead of being answered.
 */
export const CARD_TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export type LockedCard = {
  id: string;
  name: string;
  status: TCardStatus;
  latestVersion: number;
  riskRating: TRiskRating;
  ownerId: string;
  updatedAt: Date;
};

export function cardNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That model card does not exist. It may have been deleted.');
}

export function cardArchived(): AppError {
  return new AppError('ARCHIVED', 'Model card is archived');
}

/** Locks the card row until the transaction ends, so status changes, approvals and deletes on one card take turns. */
export async function lockCard(tx: Tx, cardId: string): Promise<LockedCard> {
  const rows = await tx.$queryRaw<LockedCard[]>`
    SELECT "id", "name", "status"::text AS "status", "latestVersion", "riskRating"::text AS "riskRating", "ownerId", "updatedAt"
    FROM "ModelCard" WHERE "id" = ${cardId} FOR UPDATE`;
  if (!rows[0]) throw cardNotFound();
  return rows[0];
}

/**
 * The time of a change to a card already locked by this transaction: never earlier than the
 * card's last change, so "the latest status change of a version" has one answer even when two
 * changes fall in the same millisecond or instances' clocks disagree.
 */
export function changeTime(lastChangeAt: Date): Date {
  return new Date(Math.max(Date.now(), lastChangeAt.getTime() + 1));
}

/** The card columns copied from the latest content, so the hub filters and sorts without parsing JSON. */
export function contentColumns(prepared: PreparedContent) {
  return { riskRating: prepared.riskRating, modelId: prepared.modelId, modelPackageArn: prepared.modelPackageArn };
}

/** The card's own columns; the users it names are read separately by cardWithUsers. */
const CARD_ROW_SELECT = {
  id: true,
  name: true,
  status: true,
  latestVersion: true,
  riskRating: true,
  modelId: true,
  modelPackageArn: true,
  ownerId: true,
  createdById: true,
  createdAt: true,
  updatedById: true,
  updatedAt: true,
  clonedFromName: true,
  clonedFromVersion: true,
} as const;

type CardRow = Omit<CardDto, 'owner' | 'createdBy' | 'updatedBy'> & { ownerId: string; createdById: string; updatedById: string };

/**
 * The CardDto of a row written in this transaction. Prisma loads a select's relations in
 * parallel, which a transaction's single connection can only queue (pg warns it will refuse
 * that), so the three users come in one query after the row.
 */
async function cardWithUsers(tx: Tx, { ownerId, createdById, updatedById, ...row }: CardRow): Promise<CardDto> {
  const users = await tx.user.findMany({ where: { id: { in: [ownerId, createdById, updatedById] } }, select: USER_REF_SELECT });
  const user = (id: string) => users.find((candidate) => candidate.id === id)!;
  return { ...row, owner: user(ownerId), createdBy: user(createdById), updatedBy: user(updatedById) };
}

export async function readCard(tx: Tx, cardId: string): Promise<CardDto> {
  return cardWithUsers(tx, await tx.modelCard.findUniqueOrThrow({ where: { id: cardId }, select: CARD_ROW_SELECT }));
}

export async function updateCard(tx: Tx, cardId: string, data: Prisma.ModelCardUncheckedUpdateInput): Promise<CardDto> {
  return cardWithUsers(tx, await tx.modelCard.update({ where: { id: cardId }, data, select: CARD_ROW_SELECT }));
}

export async function recordCardEvent(
  tx: Tx,
  actor: Actor,
  action: string,
  card: { id: string; name: string },
  event: { version: number; contentHash: string; details?: Record<string, unknown> },
): Promise<void> {
  await recordAuditEvent(tx, {
    actor: auditActor(actor),
    action,
    targetType: 'model_card',
    targetId: card.id,
    targetName: card.name,
    cardVersion: event.version,
    contentHash: event.contentHash,
    details: event.details,
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * A transaction that failed on a unique index has rolled back; this looks up what was taken
 * (the card name, or the model another card links to) so the user is told which card has it.
 */
export async function explainUniqueViolation(
  error: unknown,
  claim: { name?: string; modelId: string | null; modelPackageArn?: string | null; cardId?: string },
): Promise<unknown> {
  if (!isUniqueViolation(error)) return error;
  const db = getDb();
  if (claim.name && (await db.modelCard.findUnique({ where: { name: claim.name }, select: { id: true } }))) {
    return new AppError('CONFLICT', `A model card named ${claim.name} already exists. Card names are unique; choose another name.`, { path: 'name' });
  }
  if (claim.modelId) {
    const holder = await db.modelCard.findUnique({ where: { modelId: claim.modelId }, select: { id: true, name: true } });
    if (holder && holder.id !== claim.cardId) {
      return new AppError(
        'CONFLICT',
        `model_overview.model_id: the model ${claim.modelId} already has a model card, ${holder.name}. Each model has one card; edit ${holder.name} instead.`,
        { path: 'model_overview.model_id', details: { cardId: holder.id, cardName: holder.name } },
      );
    }
  }
  return (await packageLinkTakenError(claim.modelPackageArn ?? null, claim.cardId)) ?? error;
}

/** Version 1 of a new card, in Draft, owned by its creator; shared by create and clone. */
export async function insertCard(
  tx: Tx,
  actor: Actor,
  name: string,
  prepared: PreparedContent,
  clonedFrom: { name: string; version: number } | null,
): Promise<SavedVersionDto> {
  const now = new Date();
  const first = { version: 1, contentHash: prepared.hash, createdAt: now };
  const row = await tx.modelCard.create({
    data: {
      name,
      status: 'Draft',
      latestVersion: 1,
      ...contentColumns(prepared),
      ownerId: actor.id,
      createdById: actor.id,
      updatedById: actor.id,
      createdAt: now,
      updatedAt: now,
      clonedFromName: clonedFrom?.name,
      clonedFromVersion: clonedFrom?.version,
      versions: { create: { ...first, content: prepared.text, authorId: actor.id } },
      statusChanges: { create: { ...first, fromStatus: null, toStatus: 'Draft', actorId: actor.id } },
    },
    select: CARD_ROW_SELECT,
  });
  return { card: await cardWithUsers(tx, row), version: 1, contentHash: prepared.hash };
}

export async function latestVersionOf(tx: Tx, card: LockedCard): Promise<{ contentHash: string; authorId: string }> {
  return tx.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId: card.id, version: card.latestVersion } },
    select: { contentHash: true, authorId: true },
  });
}

/** A status change applies to the latest version and creates none: one CardStatusChange row, the card's status, one audit event. */
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
