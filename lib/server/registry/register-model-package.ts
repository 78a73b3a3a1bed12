// Registering a package version takes the group's next version number under the group's row lock, so versions are 1..N with no gap or duplicate across connections and instances; with ModelCard its card is created in the same transaction.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { ZPackageModelCard, ZRegisterModelPackageMembers } from '@/lib/schemas/registry';
import type { TPackageModelCard, TRegisterModelPackageMembers } from '@/lib/schemas/registry';
import { REGISTRY_TX_OPTIONS, arnContext, groupNotFound, recordRegistryEvent, requirePackageApprover, requireRegistryWriter } from './registry-rules';
import { resolveGroupName } from './find-registry-rows';
import { modelPackageArn } from './registry-arns';
import { parseTags, writeTags } from './registry-tags';
import type { ModelPackageDetailDto, RegistryTagDto } from './registry-dto';
import { checkEmbeddedCardStatus, createEmbeddedCard, preparePackageCardContent } from './package-card';
import { changeApproval, lockPackageCard } from './approval-gate';
import { readPackageDetail } from './get-model-package';

/** The ModelDataUrl of the only inference container; none with zero or several (then no training job is looked up). */
export function singleModelDataUrl(spec: TRegisterModelPackageMembers['inferenceSpecification']): string | null {
  return spec?.Containers.length === 1 ? (spec.Containers[0].ModelDataUrl ?? null) : null;
}

export async function registerModelPackage({
  actor,
  groupName,
  modelCard,
  tags,
  ...members
}: {
  actor: Actor | null;
  /** Name or ARN of an existing group. */
  groupName: string;
  /** CreateModelPackage's ModelCard: creates the package's card (see package-card.ts for its name). */
  modelCard?: TPackageModelCard;
  tags?: RegistryTagDto[];
} & TRegisterModelPackageMembers): Promise<ModelPackageDetailDto> {
  const author = requireRegistryWriter(actor, 'register model packages');
  const parsed = parseInput(ZRegisterModelPackageMembers, members);
  const approvalStatus = parsed.approvalStatus ?? 'PendingManualApproval';
  // Registering straight into Approved or Rejected is an approval decision.
  if (approvalStatus !== 'PendingManualApproval') requirePackageApprover(author);
  const card = modelCard === undefined ? undefined : parseInput(ZPackageModelCard, modelCard);
  checkEmbeddedCardStatus(card, 'ModelCard');
  if (card && card.content === undefined) {
    throw new AppError('INVALID_INPUT', 'ModelCard.ModelCardContent: enter the content of the package card', { path: 'ModelCard.ModelCardContent' });
  }
  const prepared = card?.content === undefined ? null : preparePackageCardContent(card.content, 'ModelCard');
  const wanted = parseTags(tags);
  const context = arnContext();
  const group = resolveGroupName(groupName, context);
  const json = (value: unknown) => value as Prisma.InputJsonValue | undefined;

  let registered: { version: number; arn: string };
  try {
    registered = await getDb().$transaction(async (tx) => {
      // The lock makes registrations into one group take turns; each reads the latestVersion the previous one wrote.
      const [locked] = await tx.$queryRaw<{ id: string; latestVersion: number }[]>`
        SELECT "id", "latestVersion" FROM "ModelPackageGroup" WHERE "name" = ${group} FOR UPDATE`;
      if (!locked) throw groupNotFound(group);
      if (parsed.clientToken) {
        const earlier = await tx.modelPackage.findUnique({
          where: { groupId_clientToken: { groupId: locked.id, clientToken: parsed.clientToken } },
          select: { version: true },
        });
        if (earlier) return { version: earlier.version, arn: modelPackageArn(context, group, earlier.version) };
      }
      const version = locked.latestVersion + 1;
      const arn = modelPackageArn(context, group, version);
      // A card that already names this ARN is locked before any audit event takes the chain lock, the order every card service keeps.
      if (approvalStatus !== 'PendingManualApproval') await lockPackageCard(tx, arn);
      const now = new Date();
      await tx.modelPackageGroup.update({ where: { id: locked.id }, data: { latestVersion: version, updatedAt: now }, select: { id: true } });
      const row = await tx.modelPackage.create({
        data: {
          groupId: locked.id,
          groupName: group,
          version,
          description: parsed.description ?? null,
          approvalStatus: 'PendingManualApproval',
          approvalDescription: parsed.approvalDescription ?? null,
          registrationType: parsed.registrationType ?? null,
          domain: parsed.domain ?? null,
          task: parsed.task ?? null,
          samplePayloadUrl: parsed.samplePayloadUrl ?? null,
          sourceUri: parsed.sourceUri ?? null,
          certifyForMarketplace: parsed.certifyForMarketplace ?? null,
          skipModelValidation: parsed.skipModelValidation ?? null,
          lifecycleStage: parsed.modelLifeCycle?.Stage ?? null,
          lifecycleStageStatus: parsed.modelLifeCycle?.StageStatus ?? null,
          lifecycleStageDescription: parsed.modelLifeCycle?.StageDescription ?? null,
          inferenceSpecification: json(parsed.inferenceSpecification),
          sourceAlgorithmSpecification: json(parsed.sourceAlgorithmSpecification),
          validationSpecification: json(parsed.validationSpecification),
          modelMetrics: json(parsed.modelMetrics),
          metadataProperties: json(parsed.metadataProperties),
          customerMetadataProperties: json(parsed.customerMetadataProperties),
          driftCheckBaselines: json(parsed.driftCheckBaselines),
          additionalInferenceSpecifications: json(parsed.additionalInferenceSpecifications),
          modelDataUrl: singleModelDataUrl(parsed.inferenceSpecification),
          clientToken: parsed.clientToken ?? null,
          createdById: author.id,
          createdAt: now,
          updatedById: author.id,
          updatedAt: now,
        },
        select: { id: true },
      });
      await writeTags(tx, { type: 'model-package', id: row.id, label: `Model package ${group}/${version}` }, wanted);
      const embedded = card && prepared ? await createEmbeddedCard(tx, author, { groupName: group, version, arn }, card, prepared) : null;
      await recordRegistryEvent(
        tx,
        author,
        'model_package.registered',
        { type: 'model_package', id: row.id, name: `${group}/${version}` },
        {
          groupName: group,
          version,
          modelDataUrl: singleModelDataUrl(parsed.inferenceSpecification),
          cardId: embedded?.id ?? null,
          cardName: embedded?.name ?? null,
          tags: Object.fromEntries(wanted),
        },
      );
      if (approvalStatus !== 'PendingManualApproval') {
        await changeApproval(
          tx,
          author,
          { id: row.id, groupName: group, version, arn, approvalStatus: null, approvalDescription: parsed.approvalDescription ?? null },
          { to: approvalStatus, description: parsed.approvalDescription ?? null },
        );
      }
      return { version, arn };
    }, REGISTRY_TX_OPTIONS);
  } catch (error) {
    // The group lock rules out a duplicate version or ClientToken; what is left is the embedded card's name, taken by a card created at the same moment.
    if (isUniqueViolation(error)) {
      throw new AppError(
        'CONFLICT',
        `Another write took a name or number this registration in ${group} needed at the same moment. Nothing was registered: try again.`,
      );
    }
    throw error;
  }
  return readPackageDetail(context, group, registered.version);
}
