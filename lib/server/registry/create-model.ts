// Authors and admins register a deployable model (SageMaker's Model); names are unique regardless of case, since its ARN lower-cases them.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { ZCreateModelMembers } from '@/lib/schemas/registry';
import type { TCreateModelMembers } from '@/lib/schemas/registry';
import { REGISTRY_TX_OPTIONS, arnContext, parseEntityName, recordRegistryEvent, requireRegistryWriter } from './registry-rules';
import { parseTags, writeTags } from './registry-tags';
import { MODEL_SELECT } from './registry-dto';
import type { RegisteredModelDto, RegistryTagDto } from './registry-dto';
import { toModelDto } from './registry-mappers';

export async function createModel({
  actor,
  name,
  tags,
  ...members
}: { actor: Actor | null; name: string; tags?: RegistryTagDto[] } & TCreateModelMembers): Promise<RegisteredModelDto> {
  const author = requireRegistryWriter(actor, 'register models');
  const modelName = parseEntityName(name, 'name', 'model name');
  const parsed = parseInput(ZCreateModelMembers, members);
  if (parsed.primaryContainer && parsed.containers) {
    throw new AppError('INVALID_INPUT', 'containers: give PrimaryContainer or Containers, not both.', { path: 'containers' });
  }
  const wanted = parseTags(tags);
  const context = arnContext();
  const json = (value: unknown) => value as Prisma.InputJsonValue | undefined;
  try {
    return await getDb()
      .$transaction(async (tx) => {
        const row = await tx.registeredModel.create({
          data: {
            name: modelName,
            nameLower: modelName.toLowerCase(),
            executionRoleArn: parsed.executionRoleArn ?? null,
            primaryContainer: json(parsed.primaryContainer),
            containers: json(parsed.containers),
            inferenceExecutionConfig: json(parsed.inferenceExecutionConfig),
            vpcConfig: json(parsed.vpcConfig),
            enableNetworkIsolation: parsed.enableNetworkIsolation ?? null,
            createdById: author.id,
          },
          select: { id: true },
        });
        await writeTags(tx, { type: 'model', id: row.id, label: `Model ${modelName}` }, wanted);
        await recordRegistryEvent(tx, author, 'model.created', { type: 'model', id: row.id, name: modelName }, { tags: Object.fromEntries(wanted) });
        return row;
      }, REGISTRY_TX_OPTIONS)
      .then(async (row) => toModelDto(context, await getDb().registeredModel.findUniqueOrThrow({ where: { id: row.id }, select: MODEL_SELECT })));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `A model named ${modelName} already exists (model names are unique regardless of case). Choose another name.`, {
        path: 'name',
      });
    }
    throw error;
  }
}
