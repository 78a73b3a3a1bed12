// Authors and admins create a model package group; its name (EntityName, unique) is taken for good and never changes.
import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { REGISTRY_TX_OPTIONS, arnContext, parseEntityName, recordRegistryEvent, requireRegistryWriter } from './registry-rules';
import { parseTags, writeTags } from './registry-tags';
import { GROUP_SELECT } from './registry-dto';
import type { ModelPackageGroupDto, RegistryTagDto } from './registry-dto';
import { toGroupDto } from './registry-mappers';

const ZDescription = z.object({ description: z.string().max(1024).optional() });

export async function createModelPackageGroup({
  actor,
  name,
  description,
  tags,
}: {
  actor: Actor | null;
  name: string;
  description?: string;
  tags?: RegistryTagDto[];
}): Promise<ModelPackageGroupDto> {
  const author = requireRegistryWriter(actor, 'create model package groups');
  const groupName = parseEntityName(name, 'name', 'model package group name');
  const parsed = parseInput(ZDescription, { description });
  const wanted = parseTags(tags);
  const context = arnContext();
  try {
    return await getDb().$transaction(async (tx) => {
      const row = await tx.modelPackageGroup.create({
        data: { name: groupName, description: parsed.description ?? null, createdById: author.id },
        select: GROUP_SELECT,
      });
      await writeTags(tx, { type: 'model-package-group', id: row.id, label: `Model package group ${groupName}` }, wanted);
      await recordRegistryEvent(
        tx,
        author,
        'model_package_group.created',
        { type: 'model_package_group', id: row.id, name: groupName },
        {
          description: row.description,
          tags: Object.fromEntries(wanted),
        },
      );
      return toGroupDto(context, row, 0);
    }, REGISTRY_TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `A model package group named ${groupName} already exists. Group names are unique; choose another name.`, { path: 'name' });
    }
    throw error;
  }
}
