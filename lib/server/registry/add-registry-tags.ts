// Authors and admins tag registry resources by ARN (SageMaker's AddTags), overwriting the values of keys already there; at most 50 per resource, one audit event per change.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { REGISTRY_TX_OPTIONS, arnContext, recordRegistryEvent, requireRegistryWriter } from './registry-rules';
import { parseTags, writeTags } from './registry-tags';
import type { RegistryTagDto } from './registry-dto';
import { auditTargetType, findRegistryResource } from './registry-resource';

/** Returns every tag of the resource after the change, sorted by key. */
export async function addRegistryTags({ actor, arn, tags }: { actor: Actor | null; arn: string; tags: RegistryTagDto[] }): Promise<RegistryTagDto[]> {
  const author = requireRegistryWriter(actor, 'tag registry resources');
  const wanted = parseTags(tags);
  const context = arnContext();
  return getDb().$transaction(async (tx) => {
    const resource = await findRegistryResource(tx, arn, context, true);
    const all = await writeTags(tx, resource, wanted);
    if (wanted.size > 0) {
      await recordRegistryEvent(
        tx,
        author,
        'registry.tags_added',
        { type: auditTargetType(resource.type), id: resource.id, name: resource.label },
        {
          arn,
          tags: Object.fromEntries(wanted),
        },
      );
    }
    return all;
  }, REGISTRY_TX_OPTIONS);
}
