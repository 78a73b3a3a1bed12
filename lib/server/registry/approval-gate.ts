// The approval gate: a package version becomes Approved only while its card's latest version is Approved; every approval-status change is an append-only record naming the card version and hash it relied on.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { lockCard } from '@/lib/server/model-cards/card-lock';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import { findPackageCard } from './package-card';
import { recordRegistryEvent } from './registry-rules';

type GateCard = NonNullable<Awaited<ReturnType<typeof findPackageCard>>>;

/** What has to happen before the package can be approved, by the card's status. */
function gateRefusal(label: string, card: GateCard | null): AppError {
  if (!card) {
    return new AppError(
      'CONFLICT',
      `Model package ${label} cannot be Approved: it has no model card. Create its card (in the console, with CreateModelCard naming the package in ` +
        `model_package_details.model_package_arn, or with UpdateModelPackage's ModelCard), have a reviewer approve it, then approve the package.`,
      { path: 'approvalStatus', details: { card: null } },
    );
  }
  const next: Record<string, string> = {
    Draft: `Submit ${card.name} for review and have a reviewer approve version ${card.latestVersion}`,
    PendingReview: `A reviewer has to approve version ${card.latestVersion} of ${card.name} (a High risk card needs two)`,
    Archived: `${card.name} is archived and cannot be approved again; its package cannot be approved`,
  };
  return new AppError(
    'CONFLICT',
    `Model package ${label} cannot be Approved: its model card ${card.name} is ${card.status} (version ${card.latestVersion}). ${next[card.status] ?? ''}, then approve the package.`,
    { path: 'approvalStatus', details: { cardId: card.id, cardName: card.name, cardStatus: card.status, cardVersion: card.latestVersion } },
  );
}

/**
 * The package's card, its row locked until the transaction ends and then read: a save of the card waits until this
 * approval commits, so the version the approval relies on is the latest. Card locks come before the audit chain lock.
 */
export async function lockPackageCard(tx: Tx, packageArn: string) {
  const card = await findPackageCard(tx, packageArn);
  if (!card) return null;
  await lockCard(tx, card.id);
  return findPackageCard(tx, packageArn);
}

/**
 * Changes a locked package's approval status (or re-approves it against its card's current version) inside the caller's
 * transaction. Returns false when the request changes nothing: same status, same description, same card version.
 */
export async function changeApproval(
  tx: Tx,
  actor: Actor,
  pkg: { id: string; groupName: string; version: number; arn: string; approvalStatus: TModelApprovalStatus | null; approvalDescription: string | null },
  change: { to: TModelApprovalStatus; description: string | null | undefined },
): Promise<boolean> {
  const label = `${pkg.groupName}/${pkg.version}`;
  const card = await lockPackageCard(tx, pkg.arn);
  if (change.to === 'Approved' && card?.status !== 'Approved') throw gateRefusal(label, card);

  const description = change.description === undefined ? pkg.approvalDescription : change.description;
  if (pkg.approvalStatus === change.to && description === pkg.approvalDescription) {
    const last = await tx.modelPackageApproval.findFirst({
      where: { packageId: pkg.id },
      orderBy: { createdAt: 'desc' },
      select: { cardId: true, cardVersion: true, cardContentHash: true },
    });
    const sameCard =
      (last?.cardId ?? null) === (card?.id ?? null) &&
      (last?.cardVersion ?? null) === (card?.latestVersion ?? null) &&
      (last?.cardContentHash ?? null) === (card?.contentHash ?? null);
    if (change.to !== 'Approved' || sameCard) return false;
  }
  await tx.modelPackageApproval.create({
    data: {
      packageId: pkg.id,
      fromStatus: pkg.approvalStatus,
      toStatus: change.to,
      description,
      actorId: actor.id,
      cardId: card?.id ?? null,
      cardName: card?.name ?? null,
      cardVersion: card?.latestVersion ?? null,
      cardContentHash: card?.contentHash ?? null,
    },
  });
  await tx.modelPackage.update({
    where: { id: pkg.id },
    data: { approvalStatus: change.to, approvalDescription: description, updatedById: actor.id, updatedAt: new Date() },
    select: { id: true },
  });
  await recordRegistryEvent(
    tx,
    actor,
    'model_package.approval_changed',
    { type: 'model_package', id: pkg.id, name: label },
    {
      from: pkg.approvalStatus,
      to: change.to,
      description,
      card: card ? { id: card.id, name: card.name, version: card.latestVersion, contentHash: card.contentHash, status: card.status } : null,
    },
  );
  return true;
}

/** Approved, and the card is no longer the version and hash the last approval relied on (or is gone). */
export function isCardChangedSinceApproval(
  approvalStatus: TModelApprovalStatus,
  lastApproval: { toStatus: TModelApprovalStatus; cardId: string | null; cardVersion: number | null; cardContentHash: string | null } | undefined,
  card: { id: string; latestVersion: number; contentHash: string } | null,
): boolean {
  if (approvalStatus !== 'Approved' || !lastApproval || lastApproval.toStatus !== 'Approved') return false;
  if (!card) return true;
  return lastApproval.cardId !== card.id || lastApproval.cardVersion !== card.latestVersion || lastApproval.cardContentHash !== card.contentHash;
}
