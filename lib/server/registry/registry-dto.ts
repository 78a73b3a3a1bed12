// What registry resources look like when they leave the server: plain objects chosen with `select`, dates as Date, ARNs filled in, stored members as the JSON they were sent as.
import 'server-only';
import type { TCardStatus, UserRef } from '@/lib/server/model-cards/card-dto';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import type { TModelApprovalStatus, TModelLifeCycle } from '@/lib/schemas/registry';

export type { UserRef, TModelApprovalStatus };
export type TJson = unknown;
export type RegistryPage<T> = { items: T[]; nextCursor: string | null };
export type RegistryTagDto = { key: string; value: string };

export const GROUP_SELECT = {
  id: true,
  name: true,
  description: true,
  latestVersion: true,
  createdBy: { select: USER_REF_SELECT },
  createdAt: true,
} as const;

export type ModelPackageGroupDto = {
  id: string;
  arn: string;
  name: string;
  description: string | null;
  /** The last version number handed out (versions are 1..latestVersion, minus any deleted). */
  latestVersion: number;
  /** How many package versions the group holds now. */
  packageCount: number;
  createdBy: UserRef;
  createdAt: Date;
};

export const PACKAGE_SELECT = {
  id: true,
  groupName: true,
  version: true,
  description: true,
  approvalStatus: true,
  approvalDescription: true,
  packageStatus: true,
  registrationType: true,
  domain: true,
  task: true,
  samplePayloadUrl: true,
  sourceUri: true,
  certifyForMarketplace: true,
  skipModelValidation: true,
  lifecycleStage: true,
  lifecycleStageStatus: true,
  lifecycleStageDescription: true,
  inferenceSpecification: true,
  sourceAlgorithmSpecification: true,
  validationSpecification: true,
  modelMetrics: true,
  metadataProperties: true,
  customerMetadataProperties: true,
  driftCheckBaselines: true,
  additionalInferenceSpecifications: true,
  modelDataUrl: true,
  createdBy: { select: USER_REF_SELECT },
  createdAt: true,
  updatedBy: { select: USER_REF_SELECT },
  updatedAt: true,
} as const;

/** One package version. JSON members are SageMaker's PascalCase shapes as they were sent (null when not sent). */
export type ModelPackageDto = {
  id: string;
  arn: string;
  groupName: string;
  version: number;
  description: string | null;
  approvalStatus: TModelApprovalStatus;
  approvalDescription: string | null;
  packageStatus: string;
  registrationType: string | null;
  domain: string | null;
  task: string | null;
  samplePayloadUrl: string | null;
  sourceUri: string | null;
  certifyForMarketplace: boolean | null;
  skipModelValidation: string | null;
  modelLifeCycle: TModelLifeCycle | null;
  inferenceSpecification: TJson | null;
  sourceAlgorithmSpecification: TJson | null;
  validationSpecification: TJson | null;
  modelMetrics: TJson | null;
  metadataProperties: TJson | null;
  customerMetadataProperties: Record<string, string> | null;
  driftCheckBaselines: TJson | null;
  additionalInferenceSpecifications: TJson | null;
  /** The single inference container's ModelDataUrl (null with none or several). */
  modelDataUrl: string | null;
  createdBy: UserRef;
  createdAt: Date;
  updatedBy: UserRef;
  updatedAt: Date;
};

/** The card that documents a package version or a model. `packageCard`: created as the package's embedded card. */
export type DocumentingCardDto = {
  id: string;
  name: string;
  status: TCardStatus;
  latestVersion: number;
  contentHash: string;
  packageCard: boolean;
  updatedAt: Date;
};

export type PackageApprovalDto = {
  id: string;
  fromStatus: TModelApprovalStatus | null;
  toStatus: TModelApprovalStatus;
  description: string | null;
  actor: UserRef;
  cardId: string | null;
  cardName: string | null;
  cardVersion: number | null;
  cardContentHash: string | null;
  createdAt: Date;
};

export const APPROVAL_SELECT = {
  id: true,
  fromStatus: true,
  toStatus: true,
  description: true,
  actor: { select: USER_REF_SELECT },
  cardId: true,
  cardName: true,
  cardVersion: true,
  cardContentHash: true,
  createdAt: true,
} as const;

/**
 * DescribeModelPackage's ModelCard: the card's latest content in the package-card form (no
 * model_package_details) and its status. For an embedded card it is the stored text byte for byte.
 */
export type PackageModelCardDto = { content: string; status: TCardStatus };

export type ModelPackageDetailDto = ModelPackageDto & {
  card: DocumentingCardDto | null;
  modelCard: PackageModelCardDto | null;
  /** Newest first. */
  approvals: PackageApprovalDto[];
  /**
   * The package is Approved, but its card is no longer the version and hash the last approval relied on
   * (a new version was saved, or the card was deleted). Cardinal flags it; SageMaker's fields stay as they are.
   */
  cardChangedSinceApproval: boolean;
};

export const MODEL_SELECT = {
  id: true,
  name: true,
  executionRoleArn: true,
  primaryContainer: true,
  containers: true,
  inferenceExecutionConfig: true,
  vpcConfig: true,
  enableNetworkIsolation: true,
  createdBy: { select: USER_REF_SELECT },
  createdAt: true,
} as const;

export type RegisteredModelDto = {
  id: string;
  arn: string;
  name: string;
  executionRoleArn: string | null;
  primaryContainer: TJson | null;
  containers: TJson | null;
  inferenceExecutionConfig: TJson | null;
  vpcConfig: TJson | null;
  enableNetworkIsolation: boolean | null;
  createdBy: UserRef;
  createdAt: Date;
};

export const TRAINING_JOB_SELECT = {
  id: true,
  name: true,
  status: true,
  description: true,
  contentHash: true,
  sourceArn: true,
  s3ModelArtifacts: true,
  trainingImage: true,
  creationTime: true,
  createdBy: { select: USER_REF_SELECT },
  recordedAt: true,
} as const;

export type TrainingJobDto = {
  id: string;
  /** This server's ARN for the record. */
  arn: string;
  /** TrainingJobArn as posted, when the job ran elsewhere (null if the body had none). */
  sourceArn: string | null;
  name: string;
  status: string;
  /** The DescribeTrainingJob JSON exactly as posted. */
  descriptionText: string;
  contentHash: string;
  s3ModelArtifacts: string | null;
  trainingImage: string | null;
  creationTime: Date;
  createdBy: UserRef;
  recordedAt: Date;
};

export type TRegistrySortOrder = 'asc' | 'desc';
export type TRegistrySortBy = 'name' | 'createdAt';
