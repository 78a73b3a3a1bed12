// Reading and writing the card row inside a transaction, returned as the CardDto; a new card's row comes with its version 1 and first status change.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import type { Actor } from '@/lib/server/auth/actor';
import { USER_REF_SELECT } from './card-dto';
import type { CardDto, SavedVersionDto } from './card-dto';
import type { PreparedContent } from './card-rules';

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

/** Version 1 of a new card, in Draft, owned by its creator. */
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
