// A model is deleted only while no card documents it (the refusal names the card); its tags go with it and the audit trail keeps what was deleted.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { REGISTRY_TX_OPTIONS, arnContext, checkMayDeleteRegistryResource, modelNotFound, recordRegistryEvent, requireRegistryReader } from './registry-rules';
import { resolveModelName } from './find-registry-rows';
import { modelArn } from './registry-arns';
import { removeAllTags } from './registry-tags';

export async function deleteModel({ actor, name }: { actor: Actor | null; name: string }): Promise<{ id: string; arn: string }> {
  const user = requireRegistryReader(actor);
  const context = arnContext();
  const modelName = resolveModelName(name, context);
  const arn = modelArn(context, modelName);
  return getDb().$transaction(async (tx) => {
    const [model] = await tx.$queryRaw<{ id: string; name: string; createdById: string }[]>`
      SELECT "id", "name", "createdById" FROM "RegisteredModel" WHERE "nameLower" = ${modelName.toLowerCase()} FOR UPDATE`;
    if (!model) throw modelNotFound(modelName);
    checkMayDeleteRegistryResource(user, model.createdById, `model ${model.name}`);
    const card = await tx.modelCard.findUnique({ where: { modelId: arn }, select: { id: true, name: true } });
    if (card) {
      throw new AppError(
        'CONFLICT',
        `Model ${model.name} is documented by the model card ${card.name}. Delete ${card.name}, or remove model_overview.model_id from its content, before deleting the model.`,
        { details: { cardId: card.id, cardName: card.name } },
      );
    }
    await removeAllTags(tx, { type: 'model', id: model.id });
    await tx.registeredModel.delete({ where: { id: model.id } });
    await recordRegistryEvent(tx, user, 'model.deleted', { type: 'model', id: model.id, name: model.name }, { arn });
    return { id: model.id, arn };
  }, REGISTRY_TX_OPTIONS);
}
