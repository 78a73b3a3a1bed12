// A package version's card is an ordinary Cardinal card; SageMaker's embedded package card (ModelCard on Create/Describe/UpdateModelPackage) is a view of it.
//
// Naming rule for a card created by CreateModelPackage.ModelCard: "<group>-<version>" (for example churn-model-3). When that
// would pass 63 characters the group part is shortened from the end; when a card of that name already exists, "-<6 hex>" is
// added (again shortening the group part to fit). The name never changes afterwards, like any card name.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { checkMayArchive, checkMaySubmit, prepareContent } from '@/lib/server/model-cards/card-rules';
import { lockCard } from '@/lib/server/model-cards/card-lock';
import { insertCard } from '@/lib/server/model-cards/card-row';
import { recordCardEvent } from '@/lib/server/model-cards/card-event';
import { applyStatusChange } from '@/lib/server/model-cards/status-change';
import type { CardDto, TCardStatus } from '@/lib/server/model-cards/card-dto';
import { CARD_NAME_MAX_CHARS } from '@/lib/schemas/card-name';
import type { TPackageModelCard } from '@/lib/schemas/registry';
import type { DocumentingCardDto, PackageModelCardDto } from './registry-dto';

function fit(groupName: string, suffix: string): string {
  return `${groupName.slice(0, CARD_NAME_MAX_CHARS - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The name of a package version's embedded card, by the rule at the top of this file. */
export async function embeddedCardName(tx: Tx, groupName: string, version: number): Promise<string> {
  const plain = fit(groupName, `-${version}`);
  const taken = await tx.modelCard.findUnique({ where: { name: plain }, select: { id: true } });
  return taken ? fit(groupName, `-${version}-${randomBytes(3).toString('hex')}`) : plain;
}

/** Refused before anything is written: nobody approves a version they authored, and version 1 is the caller's. */
export function checkEmbeddedCardStatus(card: TPackageModelCard | undefined, path: string): void {
  if (card?.status === 'Approved') {
    throw new AppError(
      'FORBIDDEN',
      `${path}.ModelCardStatus: a model card cannot be created as Approved: you would be the author of its version 1, and nobody approves a version they authored. ` +
        'Create it as Draft or PendingReview and have a reviewer approve it.',
      { path: `${path}.ModelCardStatus` },
    );
  }
}

/**
 * Package-card content names no model and no package: the package it documents is the one it is embedded in
 * (SageMaker's ModelPackageModelCard has no model_package_details).
 */
export function preparePackageCardContent(content: string, path: string) {
  let prepared;
  try {
    prepared = prepareContent(content);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') {
      throw new AppError('INVALID_INPUT', `${path}.ModelCardContent: ${error.message}`, { path: `${path}.ModelCardContent`, details: error.details });
    }
    throw error;
  }
  if (prepared.content.model_package_details) {
    throw new AppError(
      'INVALID_INPUT',
      `${path}.ModelCardContent: a model package's card has no model_package_details (the package it documents is the one it is registered with). Remove that section.`,
      { path: `${path}.ModelCardContent` },
    );
  }
  if (prepared.modelId) {
    throw new AppError(
      'INVALID_INPUT',
      `${path}.ModelCardContent: a model package's card documents the package, not a model; remove model_overview.model_id.`,
      {
        path: `${path}.ModelCardContent`,
      },
    );
  }
  return prepared;
}

/** Creates the embedded card of a package version inside the registering transaction, in the status asked for. */
export async function createEmbeddedCard(
  tx: Tx,
  actor: Actor,
  pkg: { groupName: string; version: number; arn: string },
  modelCard: TPackageModelCard,
  prepared: ReturnType<typeof preparePackageCardContent>,
): Promise<CardDto> {
  const name = await embeddedCardName(tx, pkg.groupName, pkg.version);
  const saved = await insertCard(tx, actor, name, { ...prepared, modelPackageArn: pkg.arn }, null);
  await tx.modelCard.update({ where: { id: saved.card.id }, data: { packageCard: true }, select: { id: true } });
  await recordCardEvent(tx, actor, 'card.created', saved.card, {
    version: 1,
    contentHash: prepared.hash,
    details: { modelPackageArn: pkg.arn, embeddedInPackage: true },
  });
  let card = saved.card;
  const to: TCardStatus = modelCard.status ?? 'Draft';
  if (to === 'PendingReview' || to === 'Archived') {
    const locked = await lockCard(tx, card.id);
    if (to === 'PendingReview') checkMaySubmit(locked);
    else checkMayArchive(actor, locked);
    card = await applyStatusChange(tx, actor, locked, {
      to,
      comment: `${to === 'PendingReview' ? 'Submitted' : 'Archived'} through the SageMaker API`,
      action: to === 'PendingReview' ? 'card.submitted' : 'card.archived',
      contentHash: prepared.hash,
    });
  }
  return card;
}

/** The card documenting a package ARN, with its latest version's hash and content. */
export async function findPackageCard(tx: Tx | Db, packageArn: string): Promise<(DocumentingCardDto & { content: string }) | null> {
  const card = await tx.modelCard.findUnique({
    where: { modelPackageArn: packageArn },
    select: { id: true, name: true, status: true, latestVersion: true, packageCard: true, updatedAt: true },
  });
  if (!card) return null;
  const latest = await tx.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId: card.id, version: card.latestVersion } },
    select: { contentHash: true, content: true },
  });
  return { ...card, contentHash: latest.contentHash, content: latest.content };
}

/**
 * DescribeModelPackage.ModelCard: an embedded card's latest content exactly as stored (the bytes the API was sent);
 * a standalone card linked through its content is shown in the package-card form, without model_package_details.
 */
export function packageCardView(card: { packageCard: boolean; status: TCardStatus; content: string }): PackageModelCardDto {
  if (card.packageCard) return { content: card.content, status: card.status };
  const document = JSON.parse(card.content) as Record<string, unknown>;
  delete document.model_package_details;
  return { content: JSON.stringify(document), status: card.status };
}
