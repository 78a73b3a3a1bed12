// UpdateModelPackage changes only what SageMaker lets it change; approval goes through the gate (reviewers and admins), the ModelCard through the same card services as UpdateModelCard, and every change is audited.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError, isAppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { sameContent } from '@/lib/model-cards/canonical-json';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { setCardStatus } from '@/lib/server/model-cards/set-card-status';
import { MAX_CUSTOMER_METADATA, ZPackageModelCard, ZUpdateModelPackageMembers } from '@/lib/schemas/registry';
import type { TPackageModelCard, TUpdateModelPackageMembers } from '@/lib/schemas/registry';
import {
  REGISTRY_TX_OPTIONS,
  arnContext,
  packageNotFound,
  recordRegistryEvent,
  requirePackageApprover,
  requireRegistryReader,
  requireRegistryWriter,
} from './registry-rules';
import { resolvePackageRef } from './find-registry-rows';
import type { PackageRef } from './find-registry-rows';
import { modelPackageArn } from './registry-arns';
import type { ModelPackageDetailDto } from './registry-dto';
import { checkEmbeddedCardStatus, createEmbeddedCard, findPackageCard, preparePackageCardContent } from './package-card';
import { changeApproval } from './approval-gate';
import { readPackageDetail } from './get-model-package';
import { singleModelDataUrl } from './register-model-package';

const APPROVAL_FIELDS = ['approvalStatus', 'approvalDescription'] as const;
const MAX_ADDITIONAL_SPECIFICATIONS = 15;

const LOCKED_SELECT = {
  id: true,
  approvalStatus: true,
  approvalDescription: true,
  registrationType: true,
  sourceUri: true,
  lifecycleStage: true,
  lifecycleStageStatus: true,
  lifecycleStageDescription: true,
  inferenceSpecification: true,
  customerMetadataProperties: true,
  additionalInferenceSpecifications: true,
} as const;

type LockedPackage = {
  id: string;
  approvalStatus: 'PendingManualApproval' | 'Approved' | 'Rejected';
  approvalDescription: string | null;
  registrationType: string | null;
  sourceUri: string | null;
  lifecycleStage: string | null;
  lifecycleStageStatus: string | null;
  lifecycleStageDescription: string | null;
  inferenceSpecification: unknown;
  customerMetadataProperties: Record<string, string> | null;
  additionalInferenceSpecifications: unknown[] | null;
};

/**
 * UpdateModelPackage's ModelCard, before the package's own fields: content saves a new version of the package's
 * embedded card (or creates the card when the package has none); a status goes through the review transitions.
 */
async function updatePackageCard(actor: Actor, label: string, arn: string, card: TPackageModelCard): Promise<void> {
  if (card.content !== undefined && card.status !== undefined) {
    throw new AppError('INVALID_INPUT', 'ModelCard: send ModelCardContent or ModelCardStatus, not both in one call (as UpdateModelCard).', {
      path: 'ModelCard',
    });
  }
  const db = getDb();
  const existing = await findPackageCard(db, arn);
  if (!existing) {
    if (card.content === undefined) {
      throw new AppError('INVALID_INPUT', `ModelCard.ModelCardContent: model package ${label} has no card yet; send its content to create one.`, {
        path: 'ModelCard.ModelCardContent',
      });
    }
    requireRegistryWriter(actor, 'create model cards');
    checkEmbeddedCardStatus(card, 'ModelCard');
    const prepared = preparePackageCardContent(card.content, 'ModelCard');
    const [groupName, version] = label.split('/');
    await db.$transaction(async (tx) => {
      const [pkg] = await tx.$queryRaw<
        { id: string }[]
      >`SELECT "id" FROM "ModelPackage" WHERE "groupName" = ${groupName} AND "version" = ${Number(version)} FOR UPDATE`;
      if (!pkg) throw packageNotFound(groupName, Number(version));
      await createEmbeddedCard(tx, actor, { groupName, version: Number(version), arn }, card, prepared);
    }, REGISTRY_TX_OPTIONS);
    return;
  }
  if (card.content !== undefined) {
    if (!existing.packageCard) {
      throw new AppError(
        'CONFLICT',
        `ModelCard: model package ${label} is documented by the model card ${existing.name}, which links it in its own content. Change ${existing.name} with UpdateModelCard or in the console.`,
        { path: 'ModelCard', details: { cardId: existing.id, cardName: existing.name } },
      );
    }
    const prepared = preparePackageCardContent(card.content, 'ModelCard');
    // Equal content saves nothing and succeeds, as the SDK's update_model_card expects.
    if (sameContent(prepared.content, JSON.parse(existing.content))) return;
    try {
      await saveVersion({ actor, cardId: existing.id, baseVersion: existing.latestVersion, content: card.content });
    } catch (error) {
      if (isAppError(error) && error.code === 'NO_CHANGES') return;
      throw error;
    }
    return;
  }
  if (card.status !== undefined) await setCardStatus({ actor, card: existing, to: card.status, path: 'ModelCard.ModelCardStatus' });
}

function changedFields(locked: LockedPackage, parsed: TUpdateModelPackageMembers): { data: Prisma.ModelPackageUpdateInput; changes: Record<string, unknown> } {
  const data: Prisma.ModelPackageUpdateInput = {};
  const changes: Record<string, unknown> = {};
  if (parsed.registrationType !== undefined && parsed.registrationType !== locked.registrationType) {
    data.registrationType = parsed.registrationType;
    changes.registrationType = { from: locked.registrationType, to: parsed.registrationType };
  }
  if (parsed.sourceUri !== undefined && parsed.sourceUri !== locked.sourceUri) {
    data.sourceUri = parsed.sourceUri;
    changes.sourceUri = { from: locked.sourceUri, to: parsed.sourceUri };
  }
  if (parsed.modelLifeCycle) {
    const { Stage, StageStatus, StageDescription = null } = parsed.modelLifeCycle;
    if (Stage !== locked.lifecycleStage || StageStatus !== locked.lifecycleStageStatus || StageDescription !== locked.lifecycleStageDescription) {
      Object.assign(data, { lifecycleStage: Stage, lifecycleStageStatus: StageStatus, lifecycleStageDescription: StageDescription });
      changes.modelLifeCycle = {
        from: { Stage: locked.lifecycleStage, StageStatus: locked.lifecycleStageStatus, StageDescription: locked.lifecycleStageDescription },
        to: parsed.modelLifeCycle,
      };
    }
  }
  if (parsed.inferenceSpecification && !sameContent(parsed.inferenceSpecification, locked.inferenceSpecification ?? null)) {
    data.inferenceSpecification = parsed.inferenceSpecification as Prisma.InputJsonValue;
    data.modelDataUrl = singleModelDataUrl(parsed.inferenceSpecification);
    changes.inferenceSpecification = { from: locked.inferenceSpecification, to: parsed.inferenceSpecification };
  }
  if (parsed.customerMetadataProperties || parsed.customerMetadataPropertiesToRemove) {
    const next = { ...(locked.customerMetadataProperties ?? {}), ...(parsed.customerMetadataProperties ?? {}) };
    for (const key of parsed.customerMetadataPropertiesToRemove ?? []) delete next[key];
    if (Object.keys(next).length > MAX_CUSTOMER_METADATA) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `customerMetadataProperties: a package holds at most ${MAX_CUSTOMER_METADATA} properties; this change would leave ${Object.keys(next).length}.`,
        {
          path: 'customerMetadataProperties',
        },
      );
    }
    if (!sameContent(next, locked.customerMetadataProperties ?? {})) {
      data.customerMetadataProperties = next;
      changes.customerMetadataProperties = { from: locked.customerMetadataProperties, to: next };
    }
  }
  if (parsed.additionalInferenceSpecificationsToAdd) {
    const next = [...(locked.additionalInferenceSpecifications ?? []), ...parsed.additionalInferenceSpecificationsToAdd];
    if (next.length > MAX_ADDITIONAL_SPECIFICATIONS) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `additionalInferenceSpecificationsToAdd: a package holds at most ${MAX_ADDITIONAL_SPECIFICATIONS} additional inference specifications.`,
        {
          path: 'additionalInferenceSpecificationsToAdd',
        },
      );
    }
    data.additionalInferenceSpecifications = next as Prisma.InputJsonValue;
    changes.additionalInferenceSpecificationsAdded = parsed.additionalInferenceSpecificationsToAdd;
  }
  return { data, changes };
}

export async function updateModelPackage({
  actor,
  modelCard,
  ...rest
}: { actor: Actor | null; modelCard?: TPackageModelCard } & PackageRef & TUpdateModelPackageMembers): Promise<ModelPackageDetailDto> {
  const ref: PackageRef = 'arn' in rest ? { arn: rest.arn } : { groupName: rest.groupName, version: rest.version };
  const members: Record<string, unknown> = { ...rest };
  for (const key of ['arn', 'groupName', 'version']) delete members[key];
  const parsed = parseInput(ZUpdateModelPackageMembers, members);
  const touchesApproval = APPROVAL_FIELDS.some((field) => parsed[field] !== undefined);
  const touchesOther = Object.keys(parsed).some(
    (field) => !(APPROVAL_FIELDS as readonly string[]).includes(field) && parsed[field as keyof typeof parsed] !== undefined,
  );
  // Deny by default: each kind of change needs its own role. The card services authorize ModelCard changes themselves
  // (authors save content, reviewers approve), so a reviewer can approve the package's card through this call.
  let user = requireRegistryReader(actor);
  if (touchesApproval) user = requirePackageApprover(actor);
  if (touchesOther) user = requireRegistryWriter(actor, 'update model packages');
  const card = modelCard === undefined ? undefined : parseInput(ZPackageModelCard, modelCard);
  const context = arnContext();
  const { groupName, version } = resolvePackageRef(ref, context);
  const arn = modelPackageArn(context, groupName, version);
  const label = `${groupName}/${version}`;
  const exists = await getDb().modelPackage.findFirst({ where: { groupName, version }, select: { id: true } });
  if (!exists) throw packageNotFound(groupName, version);

  if (card) await updatePackageCard(user, label, arn, card);

  await getDb().$transaction(async (tx) => {
    // Locked first, so concurrent updates of one package take turns and each reads what the previous one wrote.
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ModelPackage" WHERE "groupName" = ${groupName} AND "version" = ${version} FOR UPDATE`;
    if (!row) throw packageNotFound(groupName, version);
    const locked = (await tx.modelPackage.findUniqueOrThrow({ where: { id: row.id }, select: LOCKED_SELECT })) as LockedPackage;
    const { data, changes } = changedFields(locked, parsed);
    // The approval locks the card row before any audit event takes the chain lock, the order every card service keeps.
    if (touchesApproval) {
      await changeApproval(
        tx,
        user,
        { ...locked, groupName, version, arn },
        {
          to: parsed.approvalStatus ?? locked.approvalStatus,
          description: parsed.approvalDescription,
        },
      );
    }
    if (Object.keys(changes).length > 0) {
      await tx.modelPackage.update({
        where: { id: locked.id },
        data: { ...data, updatedBy: { connect: { id: user.id } }, updatedAt: new Date() },
        select: { id: true },
      });
      await recordRegistryEvent(tx, user, 'model_package.updated', { type: 'model_package', id: locked.id, name: label }, changes);
    }
  }, REGISTRY_TX_OPTIONS);
  return readPackageDetail(context, groupName, version);
}
