// Authors and admins remove tags from a registry resource by key (SageMaker's DeleteTags); keys it does not have are ignored, as SageMaker does.
import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { ZTagKey } from '@/lib/server/card-tags/card-tag-rules';
import { REGISTRY_TX_OPTIONS, arnContext, recordRegistryEvent, requireRegistryWriter } from './registry-rules';
import { readTags } from './registry-tags';
import type { RegistryTagDto } from './registry-dto';
import { auditTargetType, findRegistryResource } from './registry-resource';

const ZKeys = z.array(ZTagKey).min(1).max(50);

/** Returns the tags left, sorted by key. */
export async function deleteRegistryTags({ actor, arn, keys }: { actor: Actor | null; arn: string; keys: string[] }): Promise<RegistryTagDto[]> {
  const author = requireRegistryWriter(actor, 'remove tags from registry resources');
  const tagKeys = parseInput(ZKeys, keys);
  const context = arnContext();
  return getDb().$transaction(async (tx) => {
    const resource = await findRegistryResource(tx, arn, context, true);
    const removed = await tx.registryTag.deleteMany({ where: { resourceType: resource.type, resourceId: resource.id, key: { in: tagKeys } } });
    if (removed.count > 0) {
      await recordRegistryEvent(
        tx,
        author,
        'registry.tags_deleted',
        { type: auditTargetType(resource.type), id: resource.id, name: resource.label },
        {
          arn,
          keys: tagKeys,
        },
      );
    }
    return readTags(tx, resource);
  }, REGISTRY_TX_OPTIONS);
}
