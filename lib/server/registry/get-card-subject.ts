// What a card documents, for the card page and the registry screens: the package version (with its approval and the "card changed since approval" flag) or the model, and whether it is registered here.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { cardNotFound } from '@/lib/server/model-cards/card-errors';
import { arnContext, requireRegistryReader } from './registry-rules';
import { isLocalArn, parseModelArn, parseModelPackageArn } from './registry-arns';
import type { TModelApprovalStatus } from './registry-dto';
import { readPackageDetail } from './get-model-package';

export type CardSubjectDto =
  | {
      kind: 'package';
      arn: string;
      /** Null when the ARN names no package version registered on this server. */
      package: { groupName: string; version: number; approvalStatus: TModelApprovalStatus; cardChangedSinceApproval: boolean } | null;
      /** Created as the package's embedded card (CreateModelPackage.ModelCard). */
      embedded: boolean;
    }
  | { kind: 'model'; modelId: string; model: { name: string; arn: string } | null }
  | null;

export async function getCardSubject({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<CardSubjectDto> {
  requireRegistryReader(actor);
  const context = arnContext();
  const db = getDb();
  const card = await db.modelCard.findUnique({ where: { id: cardId }, select: { modelId: true, modelPackageArn: true, packageCard: true } });
  if (!card) throw cardNotFound();
  if (card.modelPackageArn) {
    const parsed = parseModelPackageArn(card.modelPackageArn);
    const detail =
      parsed && isLocalArn(parsed, context)
        ? await readPackageDetail(context, parsed.groupName, parsed.version).catch((error: unknown) => {
            // A card may name a package version that is not registered (yet): that is an answer, not a failure.
            if (isAppError(error) && error.code === 'NOT_FOUND') return null;
            throw error;
          })
        : null;
    return {
      kind: 'package',
      arn: card.modelPackageArn,
      embedded: card.packageCard,
      package: detail && {
        groupName: detail.groupName,
        version: detail.version,
        approvalStatus: detail.approvalStatus,
        cardChangedSinceApproval: detail.cardChangedSinceApproval,
      },
    };
  }
  if (card.modelId) {
    const parsed = parseModelArn(card.modelId);
    const model =
      parsed && isLocalArn(parsed, context)
        ? await db.registeredModel.findUnique({ where: { nameLower: parsed.modelName.toLowerCase() }, select: { name: true } })
        : null;
    return { kind: 'model', modelId: card.modelId, model: model && { name: model.name, arn: card.modelId } };
  }
  return null;
}
