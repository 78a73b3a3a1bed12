// Any signed-in role lists a registry resource's tags by ARN (SageMaker's ListTags), sorted by key.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { arnContext, requireRegistryReader } from './registry-rules';
import { readTags } from './registry-tags';
import type { RegistryTagDto } from './registry-dto';
import { findRegistryResource } from './registry-resource';

export async function listRegistryTags({ actor, arn }: { actor: Actor | null; arn: string }): Promise<RegistryTagDto[]> {
  requireRegistryReader(actor);
  const context = arnContext();
  return getDb().$transaction(async (tx) => readTags(tx, await findRegistryResource(tx, arn, context, false)));
}
