// A new card's content filled as SageMaker's SDK fills it (reference §4.3, §4.4): from the package version or model it documents, the training job that made the artifact, and — for a package — business details, intended uses and additional information carried over from the group's most recently modified card where the new card leaves them empty. Each section says where it came from.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseModelCardContent } from '@/lib/schemas/model-card-content';
import type { TModelCardContent, TModelPackageDetails, TTrainingDetails } from '@/lib/schemas/model-card-content';
import { arnContext, modelNotFound, packageNotFound, requireRegistryReader } from './registry-rules';
import { resolveModelName, resolvePackageRef } from './find-registry-rows';
import { modelArn, modelPackageArn, modelPackageArnPrefix, trainingJobArn } from './registry-arns';
import type { TArnContext } from './registry-arns';
import { MODEL_SELECT, PACKAGE_SELECT } from './registry-dto';
import { toModelDto, toPackageDto } from './registry-mappers';
import type { ModelPackageDto, RegisteredModelDto } from './registry-dto';
import { findPackageCard } from './package-card';
import { findModelCard } from './model-card-link';

export type TPrefillSection = keyof TModelCardContent;
export type PrefillSource = {
  kind: 'package' | 'model' | 'training-job' | 'carried-over';
  /** The package group, model, training job or card the section came from. */
  name: string;
  /** The package version, or the card version carried over from. */
  version?: number;
  arn?: string;
};
export type PrefillDto = {
  content: TModelCardContent;
  sources: Partial<Record<TPrefillSection, PrefillSource>>;
  /** What could not be filled and why (several artifacts, no training job recorded, reports in S3). */
  notes: string[];
};

/** SageMaker's MODEL_CARD_CONTENT_TO_BE_INHERITED. */
export const CARRIED_OVER_SECTIONS = ['business_details', 'intended_uses', 'additional_information'] as const;

function isEmpty(section: unknown): boolean {
  if (section === undefined || section === null) return true;
  if (Array.isArray(section)) return section.length === 0;
  return typeof section === 'object' && Object.values(section).every((value) => value === undefined);
}

function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as T;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asArray = (value: unknown): Json[] => (Array.isArray(value) ? value.map(asObject) : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** DescribeModelPackage → model_package_details, field for field as reference §4.3's table. */
function packageDetails(pkg: ModelPackageDto): TModelPackageDetails {
  const containers = asArray(asObject(pkg.inferenceSpecification).Containers);
  const algorithms = asArray(asObject(pkg.sourceAlgorithmSpecification).SourceAlgorithms);
  return compact({
    model_package_arn: pkg.arn,
    // A versioned package's ModelPackageName is its group's name.
    model_package_name: pkg.groupName,
    model_package_group_name: pkg.groupName,
    model_package_version: pkg.version,
    model_package_status: pkg.packageStatus as TModelPackageDetails['model_package_status'],
    model_approval_status: pkg.approvalStatus,
    model_package_description: pkg.description ?? undefined,
    approval_description: pkg.approvalDescription ?? undefined,
    domain: pkg.domain ?? undefined,
    task: pkg.task ?? undefined,
    created_by: { user_profile_name: pkg.createdBy.name.slice(0, 63) },
    inference_specification: containers.length
      ? {
          containers: containers.map((container) =>
            compact({
              image: asString(container.Image) ?? '',
              model_data_url: asString(container.ModelDataUrl),
              nearest_model_name: asString(container.NearestModelName),
            }),
          ),
        }
      : undefined,
    source_algorithms: algorithms.length
      ? algorithms.map((algorithm) => compact({ algorithm_name: asString(algorithm.AlgorithmName) ?? '', model_data_url: asString(algorithm.ModelDataUrl) }))
      : undefined,
  });
}

/**
 * The training job whose ModelArtifacts.S3ModelArtifacts is the one artifact; with none or several artifacts nothing is
 * looked up, as the SDK. Training details are filled only if missing; an existing section without job details gets only those.
 */
async function fillTraining(context: TArnContext, content: TModelCardContent, result: PrefillDto, artifacts: string[]): Promise<void> {
  if (content.training_details?.training_job_details) return;
  if (artifacts.length !== 1) {
    result.notes.push(
      artifacts.length === 0
        ? 'No model artifact (ModelDataUrl) to look up a training job by; training details were not filled.'
        : `${artifacts.length} model artifacts: a training job is looked up only for a single artifact; training details were not filled.`,
    );
    return;
  }
  const [artifact] = artifacts;
  const job = await getDb().trainingJobRecord.findFirst({
    where: { s3ModelArtifacts: artifact },
    orderBy: [{ creationTime: 'desc' }, { id: 'desc' }],
    select: { name: true, sourceArn: true, trainingImage: true, description: true },
  });
  if (!job) {
    result.notes.push(
      `No training job recorded with ModelArtifacts.S3ModelArtifacts ${artifact}; training details were not filled. Record it with POST /api/v1/training-jobs.`,
    );
    return;
  }
  // The posted text, not the jsonb copy: jsonb reorders keys, and hyper-parameters keep the order the job printed them in.
  const described = asObject(JSON.parse(job.description));
  const metrics = asArray(described.FinalMetricDataList).filter((metric) => typeof metric.MetricName === 'string' && typeof metric.Value === 'number');
  const hyperParameters = Object.entries(asObject(described.HyperParameters)).filter(([, value]) => typeof value === 'string');
  const arn = trainingJobArn(context, job.name);
  const details: NonNullable<TTrainingDetails['training_job_details']> = compact({
    training_arn: job.sourceArn ?? arn,
    training_environment: job.trainingImage ? { container_image: [job.trainingImage] } : undefined,
    training_metrics: metrics.length ? metrics.map((metric) => ({ name: metric.MetricName as string, value: metric.Value as number })) : undefined,
    hyper_parameters: hyperParameters.length ? hyperParameters.map(([name, value]) => ({ name, value: value as string })) : undefined,
  });
  content.training_details = { ...(content.training_details ?? {}), training_job_details: details };
  result.sources.training_details = { kind: 'training-job', name: job.name, arn };
}

/** reference §4.4: the group's most recently modified card lends the inherited sections the new card leaves empty. */
async function carryOver(context: TArnContext, groupName: string, content: TModelCardContent, result: PrefillDto): Promise<void> {
  const db = getDb();
  const latest = await db.modelCard.findFirst({
    where: { modelPackageArn: { startsWith: modelPackageArnPrefix(context, groupName) } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, latestVersion: true },
  });
  if (!latest) return;
  const version = await db.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId: latest.id, version: latest.latestVersion } },
    select: { content: true },
  });
  const source = JSON.parse(version.content) as TModelCardContent;
  for (const section of CARRIED_OVER_SECTIONS) {
    if (!isEmpty(content[section]) || isEmpty(source[section])) continue;
    (content as Record<string, unknown>)[section] = source[section];
    result.sources[section] = { kind: 'carried-over', name: latest.name, version: latest.latestVersion };
  }
}

function startingContent(content: TModelCardContent | undefined): TModelCardContent {
  if (content === undefined) return {};
  const parsed = parseModelCardContent(content);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new AppError('INVALID_INPUT', `content: ${first.path ? `${first.path}: ` : ''}${first.message}`, { path: 'content' });
  }
  return structuredClone(parsed.content);
}

function checkValid(content: TModelCardContent): TModelCardContent {
  const parsed = parseModelCardContent(content);
  // What the registry holds was validated when it was written; a failure here is a bug, not the caller's input.
  if (!parsed.ok) throw new Error(`prefilled content is not valid: ${parsed.issues[0].path} ${parsed.issues[0].message}`);
  return parsed.content;
}

async function prefillFromPackage(context: TArnContext, arn: string, start: TModelCardContent): Promise<PrefillDto> {
  const { groupName, version } = resolvePackageRef({ arn }, context);
  const row = await getDb().modelPackage.findFirst({ where: { groupName, version }, select: PACKAGE_SELECT });
  if (!row) throw packageNotFound(groupName, version);
  const pkg = toPackageDto(context, row);
  const holder = await findPackageCard(getDb(), modelPackageArn(context, groupName, version));
  if (holder) {
    throw new AppError(
      'CONFLICT',
      `Model package ${groupName}/${version} already has a model card, ${holder.name}. Each package version has one card; edit ${holder.name} instead.`,
      {
        details: { cardId: holder.id, cardName: holder.name },
      },
    );
  }
  if (start.model_overview?.model_id) {
    throw new AppError(
      'INVALID_INPUT',
      `content: this card already documents the model ${start.model_overview.model_id}; a card documents a model or a package version, not both.`,
      {
        path: 'model_overview.model_id',
      },
    );
  }
  const result: PrefillDto = { content: start, sources: {}, notes: [] };
  start.model_package_details = packageDetails(pkg);
  result.sources.model_package_details = { kind: 'package', name: groupName, version, arn: pkg.arn };
  const containers = asArray(asObject(pkg.inferenceSpecification).Containers);
  await fillTraining(
    context,
    start,
    result,
    containers.map((container) => asString(container.ModelDataUrl)).filter((url): url is string => !!url),
  );
  if (pkg.modelMetrics) {
    result.notes.push('ModelMetrics points to evaluation reports in S3, which Cardinal does not fetch: upload each report in the evaluation step to add it.');
  }
  await carryOver(context, groupName, start, result);
  return { ...result, content: checkValid(start) };
}

function modelArtifacts(model: RegisteredModelDto): { images: string[]; artifacts: string[] } {
  const containers = model.containers ? asArray(model.containers) : model.primaryContainer ? [asObject(model.primaryContainer)] : [];
  return {
    images: containers.map((container) => asString(container.Image)).filter((image): image is string => !!image),
    artifacts: containers.map((container) => asString(container.ModelDataUrl)).filter((url): url is string => !!url),
  };
}

async function prefillFromModel(context: TArnContext, name: string, start: TModelCardContent): Promise<PrefillDto> {
  const modelName = resolveModelName(name, context);
  const row = await getDb().registeredModel.findUnique({ where: { nameLower: modelName.toLowerCase() }, select: MODEL_SELECT });
  if (!row) throw modelNotFound(modelName);
  const model = toModelDto(context, row);
  const holder = await findModelCard(getDb(), modelArn(context, model.name));
  if (holder) {
    throw new AppError('CONFLICT', `Model ${model.name} already has a model card, ${holder.name}. Each model has one card; edit ${holder.name} instead.`, {
      details: { cardId: holder.id, cardName: holder.name },
    });
  }
  if (start.model_package_details?.model_package_arn) {
    throw new AppError(
      'INVALID_INPUT',
      'content: this card already documents a model package version; a card documents a model or a package version, not both.',
      {
        path: 'model_package_details.model_package_arn',
      },
    );
  }
  const result: PrefillDto = { content: start, sources: {}, notes: [] };
  const { images, artifacts } = modelArtifacts(model);
  start.model_overview = compact({
    ...(start.model_overview ?? {}),
    model_id: model.arn,
    model_name: model.name,
    inference_environment: images.length ? { container_image: images } : undefined,
    model_artifact: artifacts.length ? artifacts : undefined,
  });
  result.sources.model_overview = { kind: 'model', name: model.name, arn: model.arn };
  await fillTraining(context, start, result, artifacts);
  return { ...result, content: checkValid(start) };
}

export async function prefillCard({
  actor,
  modelPackageArn: packageArn,
  modelName,
  content,
}: {
  actor: Actor | null;
  /** Content already written (for example by an SDK flow); only what it leaves empty is filled. */
  content?: TModelCardContent;
} & ({ modelPackageArn: string; modelName?: undefined } | { modelName: string; modelPackageArn?: undefined })): Promise<PrefillDto> {
  requireRegistryReader(actor);
  if ((packageArn === undefined) === (modelName === undefined)) {
    throw new AppError('INVALID_INPUT', 'Give either modelPackageArn or modelName: a card documents one model or one package version.', {
      path: 'modelPackageArn',
    });
  }
  const context = arnContext();
  const start = startingContent(content);
  return packageArn !== undefined ? prefillFromPackage(context, packageArn, start) : prefillFromModel(context, modelName!, start);
}
