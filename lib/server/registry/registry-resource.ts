// The registry resource an ARN names (group, package version, model, training job), locked for the tagging transaction that changes it.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { isLocalArn, parseRegistryArn } from './registry-arns';
import type { TArnContext, TRegistryResourceType } from './registry-arns';
import { groupNotFound, modelNotFound, packageNotFound, trainingJobNotFound } from './registry-rules';

export type RegistryResource = { type: TRegistryResourceType; id: string; label: string };

export function parseResourceArn(arn: string, context: TArnContext) {
  const parsed = typeof arn === 'string' ? parseRegistryArn(arn) : null;
  if (!parsed) {
    throw new AppError('INVALID_INPUT', 'ResourceArn: give the ARN of a model package group, model package, model or training job of this server.', {
      path: 'ResourceArn',
    });
  }
  if (!isLocalArn(parsed, context)) {
    throw new AppError('INVALID_INPUT', `ResourceArn: ${arn} is not an ARN of this Cardinal server (region ${context.region}, account ${context.account}).`, {
      path: 'ResourceArn',
    });
  }
  return parsed;
}

/** Finds the resource and, with `lock`, holds its row until the transaction ends, so concurrent tag changes count each other's. */
export async function findRegistryResource(tx: Tx, arn: string, context: TArnContext, lock: boolean): Promise<RegistryResource> {
  const parsed = parseResourceArn(arn, context);
  const forUpdate = lock ? 'FOR UPDATE' : '';
  const one = async (sql: string, ...values: unknown[]) => (await tx.$queryRawUnsafe<{ id: string; name: string }[]>(`${sql} ${forUpdate}`, ...values))[0];
  switch (parsed.resourceType) {
    case 'model-package-group': {
      const row = await one(`SELECT "id", "name" FROM "ModelPackageGroup" WHERE "name" = $1`, parsed.name);
      if (!row) throw groupNotFound(parsed.name);
      return { type: parsed.resourceType, id: row.id, label: `Model package group ${row.name}` };
    }
    case 'model-package': {
      const row = await one(`SELECT "id", "groupName" AS "name" FROM "ModelPackage" WHERE "groupName" = $1 AND "version" = $2`, parsed.name, parsed.version);
      if (!row) throw packageNotFound(parsed.name, parsed.version!);
      return { type: parsed.resourceType, id: row.id, label: `Model package ${row.name}/${parsed.version}` };
    }
    case 'model': {
      const row = await one(`SELECT "id", "name" FROM "RegisteredModel" WHERE "nameLower" = $1`, parsed.name.toLowerCase());
      if (!row) throw modelNotFound(parsed.name);
      return { type: parsed.resourceType, id: row.id, label: `Model ${row.name}` };
    }
    case 'training-job': {
      const row = await one(`SELECT "id", "name" FROM "TrainingJobRecord" WHERE "nameLower" = $1`, parsed.name.toLowerCase());
      if (!row) throw trainingJobNotFound(parsed.name);
      return { type: parsed.resourceType, id: row.id, label: `Training job ${row.name}` };
    }
  }
}

export function auditTargetType(type: TRegistryResourceType) {
  return ({ 'model-package-group': 'model_package_group', 'model-package': 'model_package', model: 'model', 'training-job': 'training_job' } as const)[type];
}
