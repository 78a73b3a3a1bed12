// Tags of registry resources (SageMaker's AddTags/ListTags/DeleteTags on their ARNs): at most 50 per resource, the card tags' key and value rules, removed with the resource.
import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/parse-input';
import { MAX_TAGS_PER_CARD, ZTag } from '@/lib/server/card-tags/card-tag-rules';
import type { TRegistryResourceType } from './registry-arns';
import type { RegistryTagDto } from './registry-dto';

export const MAX_TAGS_PER_RESOURCE = MAX_TAGS_PER_CARD;
const ZTags = z.array(ZTag).max(MAX_TAGS_PER_RESOURCE);

/** A key given twice keeps its last value, as a map would. */
export function parseTags(tags: unknown): Map<string, string> {
  return new Map(parseInput(ZTags, tags ?? []).map((tag) => [tag.key, tag.value]));
}

/** Writes tags inside the caller's transaction (which holds the resource's row lock) and returns all of the resource's tags. */
export async function writeTags(
  tx: Tx,
  resource: { type: TRegistryResourceType; id: string; label: string },
  tags: Map<string, string>,
): Promise<RegistryTagDto[]> {
  for (const [key, value] of tags) {
    await tx.registryTag.upsert({
      where: { resourceType_resourceId_key: { resourceType: resource.type, resourceId: resource.id, key } },
      create: { resourceType: resource.type, resourceId: resource.id, key, value },
      update: { value },
    });
  }
  const all = await readTags(tx, resource);
  if (all.length > MAX_TAGS_PER_RESOURCE) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      `${resource.label} would have ${all.length} tags; a resource holds at most ${MAX_TAGS_PER_RESOURCE}. Nothing was added: delete tags you no longer need first.`,
      { details: { tags: all.length, maximum: MAX_TAGS_PER_RESOURCE } },
    );
  }
  return all;
}

export async function readTags(tx: Tx, resource: { type: TRegistryResourceType; id: string }): Promise<RegistryTagDto[]> {
  return tx.registryTag.findMany({
    where: { resourceType: resource.type, resourceId: resource.id },
    orderBy: { key: 'asc' },
    select: { key: true, value: true },
  });
}

export async function removeAllTags(tx: Tx, resource: { type: TRegistryResourceType; id: string }): Promise<void> {
  await tx.registryTag.deleteMany({ where: { resourceType: resource.type, resourceId: resource.id } });
}
