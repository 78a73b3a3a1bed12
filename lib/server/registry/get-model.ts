// Any signed-in role reads a model by name (any case) or ARN, with the card that documents it, if any.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { arnContext, modelNotFound, requireRegistryReader } from './registry-rules';
import { resolveModelName } from './find-registry-rows';
import { MODEL_SELECT } from './registry-dto';
import type { DocumentingCardDto, RegisteredModelDto } from './registry-dto';
import { toModelDto } from './registry-mappers';
import { findModelCard } from './model-card-link';

export async function getModel({ actor, name }: { actor: Actor | null; name: string }): Promise<RegisteredModelDto & { card: DocumentingCardDto | null }> {
  requireRegistryReader(actor);
  const context = arnContext();
  const modelName = resolveModelName(name, context);
  const db = getDb();
  const row = await db.registeredModel.findUnique({ where: { nameLower: modelName.toLowerCase() }, select: MODEL_SELECT });
  if (!row) throw modelNotFound(modelName);
  const dto = toModelDto(context, row);
  return { ...dto, card: await findModelCard(db, dto.arn) };
}
