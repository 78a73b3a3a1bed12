// Reading a registry resource named by name or ARN: an ARN must name this server's region and account; a bare name must be an EntityName.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { isLocalArn, parseModelArn, parseModelPackageArn, parseModelPackageGroupArn, parseTrainingJobArn } from './registry-arns';
import type { TArnContext, TParsedArn } from './registry-arns';
import { parseEntityName, parsePackageVersion } from './registry-rules';

function checkLocal(parsed: TParsedArn, context: TArnContext, path: string, arn: string): void {
  if (!isLocalArn(parsed, context)) {
    throw new AppError('INVALID_INPUT', `${path}: ${arn} is not an ARN of this Cardinal server (region ${context.region}, account ${context.account}).`, {
      path,
    });
  }
}

/** A package version given as { groupName, version } or as its ARN. */
export type PackageRef = { groupName: string; version: number } | { arn: string };

export function resolvePackageRef(ref: PackageRef, context: TArnContext): { groupName: string; version: number } {
  if ('arn' in ref) {
    const parsed = typeof ref.arn === 'string' ? parseModelPackageArn(ref.arn) : null;
    if (!parsed) {
      throw new AppError(
        'INVALID_INPUT',
        'modelPackageArn: must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)',
        {
          path: 'modelPackageArn',
        },
      );
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
