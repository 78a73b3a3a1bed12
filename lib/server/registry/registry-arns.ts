// ARNs of registry resources, built and parsed in one place: groups and package versions keep the group's case; models and training jobs are lower-cased as SageMaker writes them.
import 'server-only';
import type { TArnContext } from '@/lib/server/arn-context';

export type { TArnContext };
export type TRegistryResourceType = 'model-package-group' | 'model-package' | 'model' | 'training-job';

const PARTITION = 'aws';
const NAME = '[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}';
const PREFIX = String.raw`^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]*):([0-9]{12}):`;
const GROUP_ARN = new RegExp(`${PREFIX}model-package-group/(${NAME})$`);
const PACKAGE_ARN = new RegExp(`${PREFIX}model-package/(${NAME})/([1-9][0-9]{0,9})$`);
const MODEL_ARN = new RegExp(`${PREFIX}model/(${NAME})$`);
const TRAINING_JOB_ARN = new RegExp(`${PREFIX}training-job/(${NAME})$`);

/** SageMaker's EntityName, shared by groups, models and training jobs (1–63 letters, digits and hyphens, no hyphen at either end). */
export const ENTITY_NAME_PATTERN = new RegExp(`^${NAME}$`);

function base({ region, account }: TArnContext): string {
  return `arn:${PARTITION}:sagemaker:${region}:${account}`;
}

export function modelPackageGroupArn(context: TArnContext, groupName: string): string {
  return `${base(context)}:model-package-group/${groupName}`;
}

export function modelPackageArn(context: TArnContext, groupName: string, version: number): string {
  return `${base(context)}:model-package/${groupName}/${version}`;
}

/** Every package ARN of a group starts with this (the carry-over looks up the group's cards by it). */
export function modelPackageArnPrefix(context: TArnContext, groupName: string): string {
  return `${base(context)}:model-package/${groupName}/`;
}

export function modelArn(context: TArnContext, modelName: string): string {
  return `${base(context)}:model/${modelName.toLowerCase()}`;
}

export function trainingJobArn(context: TArnContext, jobName: string): string {
  return `${base(context)}:training-job/${jobName.toLowerCase()}`;
}

export type TParsedArn = TArnContext & { partition: string };

export function parseModelPackageGroupArn(arn: string): (TParsedArn & { groupName: string }) | null {
  const match = GROUP_ARN.exec(arn);
  return match ? { partition: match[1], region: match[2], account: match[3], groupName: match[4] } : null;
}

export function parseModelPackageArn(arn: string): (TParsedArn & { groupName: string; version: number }) | null {
  const match = PACKAGE_ARN.exec(arn);
  return match ? { partition: match[1], region: match[2], account: match[3], groupName: match[4], version: Number(match[5]) } : null;
}

/** The name in a model ARN is lower-case; models are found by it case-insensitively. */
export function parseModelArn(arn: string): (TParsedArn & { modelName: string }) | null {
  const match = MODEL_ARN.exec(arn);
  return match ? { partition: match[1], region: match[2], account: match[3], modelName: match[4] } : null;
}

export function parseTrainingJobArn(arn: string): (TParsedArn & { jobName: string }) | null {
  const match = TRAINING_JOB_ARN.exec(arn);
  return match ? { partition: match[1], region: match[2], account: match[3], jobName: match[4] } : null;
}

/** True when a parsed ARN names this server's region and account. */
export function isLocalArn(parsed: TParsedArn, context: TArnContext): boolean {
  return parsed.partition === PARTITION && parsed.region === context.region && parsed.account === context.account;
}

/** Which registry resource an ARN names, with its name (and version); null for anything else. */
export function parseRegistryArn(arn: string): (TParsedArn & { resourceType: TRegistryResourceType; name: string; version?: number }) | null {
  const group = parseModelPackageGroupArn(arn);
  if (group) return { ...group, resourceType: 'model-package-group', name: group.groupName };
  const pkg = parseModelPackageArn(arn);
  if (pkg) return { ...pkg, resourceType: 'model-package', name: pkg.groupName, version: pkg.version };
  const model = parseModelArn(arn);
  if (model) return { ...model, resourceType: 'model', name: model.modelName };
  const job = parseTrainingJobArn(arn);
  if (job) return { ...job, resourceType: 'training-job', name: job.jobName };
  return null;
}
