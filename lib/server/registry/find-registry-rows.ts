// Finding registry rows by name or ARN: the "does not exist" errors callers expect, ARNs of other regions or accounts refused, model and training-job names matched regardless of case.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { isLocalArn, parseModelArn, parseModelPackageArn, parseModelPackageGroupArn, parseTrainingJobArn } from './registry-arns';
import type { TArnContext, TParsedArn } from './registry-arns';
import { groupNotFound, modelNotFound, packageNotFound, parseEntityName, parsePackageVersion, trainingJobNotFound } from './registry-rules';

type Db = Tx | ReturnType<typeof getDb>;

function checkLocal(parsed: TParsedArn, context: TArnContext, path: string, arn: string): void {
  if (!isLocalArn(parsed, context)) {
    throw new AppError('INVALID_INPUT', `${path}: ${arn} is not an ARN of this Cardinal server (region ${context.region}, account ${context.account}).`, { path });
  }
}

/** A package version given as { groupName, version } or as its ARN. */
export type PackageRef = { groupName: string; version: number } | { arn: string };

export function resolvePackageRef(ref: PackageRef, context: TArnContext): { groupName: string; version: number } {
  if ('arn' in ref) {
    const parsed = typeof ref.arn === 'string' ? parseModelPackageArn(ref.arn) : null;
    if (!parsed) {
      throw new AppError('INVALID_INPUT', 'modelPackageArn: must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)', {
        path: 'modelPackageArn',
      });
    }
    checkLocal(parsed, context, 'modelPackageArn', ref.arn);
    return { groupName: parsed.groupName, version: parsed.version };
  }
  return { groupName: parseEntityName(ref.groupName, 'groupName', 'model package group name'), version: parsePackageVersion(ref.version) };
}

/** A group given by name or ARN. */
export function resolveGroupName(nameOrArn: string, context: TArnContext): string {
  const parsed = typeof nameOrArn === 'string' ? parseModelPackageGroupArn(nameOrArn) : null;
  if (parsed) {
    checkLocal(parsed, context, 'groupName', nameOrArn);
    return parsed.groupName;
  }
  return parseEntityName(nameOrArn, 'groupName', 'model package group name');
}

export function resolveModelName(nameOrArn: string, context: TArnContext): string {
  const parsed = typeof nameOrArn === 'string' ? parseModelArn(nameOrArn) : null;
  if (parsed) {
    checkLocal(parsed, context, 'modelName', nameOrArn);
    return parsed.modelName;
  }
  return parseEntityName(nameOrArn, 'modelName', 'model name');
}

export function resolveTrainingJobName(nameOrArn: string, context: TArnContext): string {
  const parsed = typeof nameOrArn === 'string' ? parseTrainingJobArn(nameOrArn) : null;
  if (parsed) {
    checkLocal(parsed, context, 'trainingJobName', nameOrArn);
    return parsed.jobName;
  }
  return parseEntityName(nameOrArn, 'trainingJobName', 'training job name');
}

export async function findGroupId(db: Db, name: string): Promise<{ id: string; name: string; createdById: string }> {
  const group = await db.modelPackageGroup.findUnique({ where: { name }, select: { id: true, name: true, createdById: true } });
  if (!group) throw groupNotFound(name);
  return group;
}

export async function findPackageId(db: Db, groupName: string, version: number): Promise<{ id: string; groupId: string; createdById: string }> {
  const row = await db.modelPackage.findFirst({ where: { groupName, version }, select: { id: true, groupId: true, createdById: true } });
  if (!row) throw packageNotFound(groupName, version);
  return row;
}

export async function findModelId(db: Db, name: string): Promise<{ id: string; name: string; createdById: string }> {
  const row = await db.registeredModel.findUnique({ where: { nameLower: name.toLowerCase() }, select: { id: true, name: true, createdById: true } });
  if (!row) throw modelNotFound(name);
  return row;
}

export async function findTrainingJobId(db: Db, name: string): Promise<{ id: string; name: string; createdById: string }> {
  const row = await db.trainingJobRecord.findUnique({ where: { nameLower: name.toLowerCase() }, select: { id: true, name: true, createdById: true } });
  if (!row) throw trainingJobNotFound(name);
  return row;
}
