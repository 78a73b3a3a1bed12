// The SageMaker model-registry operations Cardinal serves (groups, package versions, models, training jobs), with request and response shapes as botocore's service-2.json (2017-07-24) and @aws-sdk/client-sagemaker define them.
import 'server-only';
import { z } from 'zod';
import { MAX_CONTENT_CHARS } from '../schemas/model-card-content';
import { CARD_STATUSES } from '../schemas/card-status';
import type { TUserContext } from './operations';
import { ZEntityName, ZKmsKeyId, ZMaxResults, ZNextToken, ZS3Uri, ZSortOrderValue, ZTagList, ZTimestamp } from './member-shapes';

export const REGISTRY_OPERATIONS = [
  'CreateModelPackageGroup',
  'DescribeModelPackageGroup',
  'ListModelPackageGroups',
  'DeleteModelPackageGroup',
  'CreateModelPackage',
  'DescribeModelPackage',
  'ListModelPackages',
  'UpdateModelPackage',
  'DeleteModelPackage',
  'CreateModel',
  'DescribeModel',
  'ListModels',
  'DeleteModel',
  'DescribeTrainingJob',
  'ListTrainingJobs',
] as const;
export type TRegistryOperation = (typeof REGISTRY_OPERATIONS)[number];

export const MODEL_APPROVAL_STATUSES = ['PendingManualApproval', 'Approved', 'Rejected'] as const;
export const MODEL_PACKAGE_STATUSES = ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting'] as const;
export const MODEL_PACKAGE_GROUP_STATUSES = ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting', 'DeleteFailed'] as const;
export const TRAINING_JOB_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Deleting'] as const;
export type TModelApprovalStatus = (typeof MODEL_APPROVAL_STATUSES)[number];
export type TModelPackageStatus = (typeof MODEL_PACKAGE_STATUSES)[number];
export type TModelPackageGroupStatus = (typeof MODEL_PACKAGE_GROUP_STATUSES)[number];
export type TTrainingJobStatus = (typeof TRAINING_JOB_STATUSES)[number];

/*
 * botocore's patterns, anchored. ArnOrName takes a name or any SageMaker ARN whose last part is a name; the handler
 * checks that an ARN names this server and the right resource type. (?<!-) is AWS's: a name does not end in a hyphen.
 */
const ARN_PREFIX = String.raw`arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/`;
const ARN_OR_NAME = new RegExp(String.raw`^(${ARN_PREFIX})?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$`);
const VERSIONED_ARN_OR_NAME = new RegExp(String.raw`^(${ARN_PREFIX})?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\/[0-9]{1,9})?$`);
const MODEL_PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-package\/\S{1,2048}$/;
const MODEL_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const NAME_CONTAINS = /^[a-zA-Z0-9-]+$/;
const ENTITY_DESCRIPTION = /^[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*$/u;
const SOURCE_URI = /^[\p{L}\p{M}\p{Z}\p{N}\p{P}]{0,1024}$/u;
const CUSTOMER_METADATA_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const IMAGE_DIGEST = /^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const ENVIRONMENT_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]+$/;
const FRAMEWORK_VERSION = /^[0-9]\.[A-Za-z0-9.-]+$/;
const CLIENT_TOKEN = /^[a-zA-Z0-9-]+$/;
const SECURITY_GROUP_OR_SUBNET = /^[-0-9a-zA-Z]+$/;
const MIME_TYPE = /^[-\w]+\/.+$/;
const HUB_CONTENT_VERSION = /^\d{1,4}.\d{1,4}.\d{1,4}$/;
/**
 * Instance types are checked by form, not against botocore's enum (108 transform and 271 real-time types, with more
 * every release): Cardinal deploys nothing, and refusing a type a newer SDK knows would only break registration.
 */
const INSTANCE_TYPE = /^ml\.[a-z0-9-]+\.[a-z0-9]+$/;

const ZArnOrName = z
  .string()
  .min(1, { abort: true })
  .max(170, { abort: true })
  .regex(ARN_OR_NAME, 'must be a name (1-63 letters, digits and hyphens) or its ARN');
const ZVersionedArnOrName = z
  .string()
  .min(1, { abort: true })
  .max(176, { abort: true })
  .regex(VERSIONED_ARN_OR_NAME, 'must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>) or <group>/<version>');
const ZModelPackageArn = z
  .string()
  .min(1, { abort: true })
  .max(2048, { abort: true })
  .regex(MODEL_PACKAGE_ARN, 'must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)');
const ZModelName = z
  .string()
  .max(63, { abort: true })
  .regex(MODEL_NAME, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
const ZNameContains = z.string().max(63, { abort: true }).regex(NAME_CONTAINS, 'may hold only letters, digits and hyphens');
const ZEntityDescription = z
  .string()
  .max(1024)
  .regex(ENTITY_DESCRIPTION, 'may hold only letters, marks, spaces, symbols, digits and punctuation (no line breaks or control characters)');
const ZModelApprovalStatus = z.enum(MODEL_APPROVAL_STATUSES);
const ZString = z.string();
const ZInstanceType = z.string().regex(INSTANCE_TYPE, 'must be a SageMaker instance type such as ml.m5.xlarge');
const ZRoleArn = z.string().min(20).max(2048).regex(ROLE_ARN, 'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)');
const ZImageDigest = z.string().max(72).regex(IMAGE_DIGEST, 'must be sha256:<64 hex digits>');
const ZContentType = z.string().max(256);
const ZClientToken = z.string().min(1).max(36).regex(CLIENT_TOKEN, 'may hold only letters, digits and hyphens');
const ZMetadataValue = z.string().max(1024);

const ZEnvironment = z
  .record(z.string().max(1024).regex(ENVIRONMENT_KEY, 'must be a variable name: a letter or _ then letters, digits and _'), z.string().max(1024))
  .refine((map) => Object.keys(map).length <= 100, 'may hold at most 100 variables');

const ZCustomerMetadataKey = z.string().min(1).max(128).regex(CUSTOMER_METADATA_TEXT, 'may hold only letters, digits, spaces and _ . : / = + - @');
const ZCustomerMetadata = z
  .record(ZCustomerMetadataKey, z.string().min(1).max(256).regex(CUSTOMER_METADATA_TEXT, 'may hold only letters, digits, spaces and _ . : / = + - @'))
  .refine((map) => Object.keys(map).length >= 1 && Object.keys(map).length <= 50, 'must hold 1 to 50 properties');

const ZS3ModelDataSource = z.object({
  S3Uri: ZS3Uri,
  S3DataType: z.enum(['S3Prefix', 'S3Object']),
  CompressionType: z.enum(['None', 'Gzip']),
  ModelAccessConfig: z.object({ AcceptEula: z.boolean() }).optional(),
  HubAccessConfig: z.object({ HubContentArn: z.string().max(255) }).optional(),
  ManifestS3Uri: ZS3Uri.optional(),
  ETag: ZString.optional(),
  ManifestEtag: ZString.optional(),
});
const ZModelDataSource = z.object({ S3DataSource: ZS3ModelDataSource.optional() });
const ZAdditionalModelDataSources = z
  .array(z.object({ ChannelName: z.string().min(1).max(64).regex(CHANNEL_NAME, 'may hold only letters, digits and . - _'), S3DataSource: ZS3ModelDataSource }))
  .max(5);

const ZModelPackageContainer = z.object({
  ContainerHostname: ZEntityName.optional(),
  Image: z.string().max(255).regex(/^\S+$/, 'must not contain spaces').optional(),
  ImageDigest: ZImageDigest.optional(),
  ModelDataUrl: ZS3Uri.optional(),
  ModelDataSource: ZModelDataSource.optional(),
  ProductId: z
    .string()
    .max(256)
    .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, 'may hold only letters, digits and hyphens')
    .optional(),
  Environment: ZEnvironment.optional(),
  ModelInput: z.object({ DataInputConfig: z.string().min(1).max(16384) }).optional(),
  Framework: ZString.optional(),
  FrameworkVersion: z.string().min(3).max(10).regex(FRAMEWORK_VERSION, 'must be a version such as 1.13 or 2.1.0').optional(),
  NearestModelName: ZString.optional(),
  AdditionalModelDataSources: ZAdditionalModelDataSources.optional(),
  AdditionalS3DataSource: z
    .object({ S3DataType: z.enum(['S3Object', 'S3Prefix']), S3Uri: ZS3Uri, CompressionType: z.enum(['None', 'Gzip']).optional(), ETag: ZString.optional() })
    .optional(),
  ModelDataETag: ZString.optional(),
  IsCheckpoint: z.boolean().optional(),
  BaseModel: z
    .object({
      HubContentName: ZEntityName.optional(),
      HubContentVersion: z.string().min(5).max(14).regex(HUB_CONTENT_VERSION, 'must be a version such as 1.0.0').optional(),
      RecipeName: z.string().max(255).optional(),
    })
    .optional(),
});

const inferenceSpecificationMembers = {
  Containers: z.array(ZModelPackageContainer).min(1).max(15),
  SupportedTransformInstanceTypes: z.array(ZInstanceType).min(1).optional(),
  SupportedRealtimeInferenceInstanceTypes: z.array(ZInstanceType).optional(),
  SupportedContentTypes: z.array(ZContentType).optional(),
  SupportedResponseMIMETypes: z.array(z.string().max(1024).regex(MIME_TYPE, 'must be a MIME type such as application/json')).optional(),
};
const ZInferenceSpecification = z.object(inferenceSpecificationMembers);
const ZAdditionalInferenceSpecifications = z
  .array(z.object({ Name: ZEntityName, Description: ZEntityDescription.optional(), ...inferenceSpecificationMembers }))
  .min(1)
  .max(15);

const ZMetricsSource = z.object({ ContentType: ZContentType, ContentDigest: ZImageDigest.optional(), S3Uri: ZS3Uri });
const ZFileSource = z.object({ ContentType: ZContentType.optional(), ContentDigest: ZImageDigest.optional(), S3Uri: ZS3Uri });
const ZModelMetrics = z.object({
  ModelQuality: z.object({ Statistics: ZMetricsSource.optional(), Constraints: ZMetricsSource.optional() }).optional(),
  ModelDataQuality: z.object({ Statistics: ZMetricsSource.optional(), Constraints: ZMetricsSource.optional() }).optional(),
  Bias: z.object({ Report: ZMetricsSource.optional(), PreTrainingReport: ZMetricsSource.optional(), PostTrainingReport: ZMetricsSource.optional() }).optional(),
  Explainability: z.object({ Report: ZMetricsSource.optional() }).optional(),
});
const ZDriftCheckBaselines = z.object({
  Bias: z
    .object({ ConfigFile: ZFileSource.optional(), PreTrainingConstraints: ZMetricsSource.optional(), PostTrainingConstraints: ZMetricsSource.optional() })
    .optional(),
  Explainability: z.object({ Constraints: ZMetricsSource.optional(), ConfigFile: ZFileSource.optional() }).optional(),
  ModelQuality: z.object({ Statistics: ZMetricsSource.optional(), Constraints: ZMetricsSource.optional() }).optional(),
  ModelDataQuality: z.object({ Statistics: ZMetricsSource.optional(), Constraints: ZMetricsSource.optional() }).optional(),
});

const ZSourceAlgorithmSpecification = z.object({
  SourceAlgorithms: z
    .array(
      z.object({ ModelDataUrl: ZS3Uri.optional(), ModelDataSource: ZModelDataSource.optional(), ModelDataETag: ZString.optional(), AlgorithmName: ZArnOrName }),
    )
    .min(1)
    .max(1),
});

const ZValidationSpecification = z.object({
  ValidationRole: ZRoleArn,
  ValidationProfiles: z
    .array(
      z.object({
        ProfileName: ZEntityName,
        TransformJobDefinition: z.object({
          MaxConcurrentTransforms: z.int().min(0).optional(),
          MaxPayloadInMB: z.int().min(0).optional(),
          BatchStrategy: z.enum(['MultiRecord', 'SingleRecord']).optional(),
          Environment: z.record(z.string().max(1024).regex(ENVIRONMENT_KEY, 'must be a variable name'), z.string().max(10240)).optional(),
          TransformInput: z.object({
            DataSource: z.object({
              S3DataSource: z.object({ S3DataType: z.enum(['ManifestFile', 'S3Prefix', 'AugmentedManifestFile', 'Converse']), S3Uri: ZS3Uri }),
            }),
            ContentType: ZContentType.optional(),
            CompressionType: z.enum(['None', 'Gzip']).optional(),
            SplitType: z.enum(['None', 'Line', 'RecordIO', 'TFRecord']).optional(),
          }),
          TransformOutput: z.object({
            S3OutputPath: ZS3Uri,
            Accept: ZContentType.optional(),
            AssembleWith: z.enum(['None', 'Line']).optional(),
            KmsKeyId: ZKmsKeyId.optional(),
          }),
          TransformResources: z.object({
            InstanceType: ZInstanceType,
            InstanceCount: z.int().min(1),
            VolumeKmsKeyId: ZKmsKeyId.optional(),
            TransformAmiVersion: z.string().min(1).max(63).optional(),
          }),
        }),
      }),
    )
    .max(1),
});

const ZModelLifeCycle = z.object({ Stage: ZEntityName, StageStatus: ZEntityName, StageDescription: z.string().max(1024).optional() });

/** The package card of CreateModelPackage / UpdateModelPackage: content in the package-card form (no model_package_details) and a status. */
const ZModelPackageModelCard = z.object({
  ModelCardContent: z.string().max(MAX_CONTENT_CHARS).optional(),
  ModelCardStatus: z.enum(CARD_STATUSES).optional(),
});

const ZContainerDefinition = z.object({
  ContainerHostname: ZEntityName.optional(),
  Image: z.string().max(255).regex(/^\S+$/, 'must not contain spaces').optional(),
  ImageConfig: z
    .object({
      RepositoryAccessMode: z.enum(['Platform', 'Vpc']),
      RepositoryAuthConfig: z.object({ RepositoryCredentialsProviderArn: z.string().min(1).max(2048) }).optional(),
    })
    .optional(),
  Mode: z.enum(['SingleModel', 'MultiModel']).optional(),
  ModelDataUrl: ZS3Uri.optional(),
  ModelDataSource: ZModelDataSource.optional(),
  AdditionalModelDataSources: ZAdditionalModelDataSources.optional(),
  Environment: ZEnvironment.optional(),
  ModelPackageName: ZVersionedArnOrName.optional(),
  InferenceSpecificationName: ZEntityName.optional(),
  MultiModelConfig: z.object({ ModelCacheSetting: z.enum(['Enabled', 'Disabled']).optional() }).optional(),
});

const ZVpcConfig = z.object({
  SecurityGroupIds: z.array(z.string().max(32).regex(SECURITY_GROUP_OR_SUBNET, 'may hold only letters, digits and hyphens')).min(1).max(5),
  Subnets: z.array(z.string().max(32).regex(SECURITY_GROUP_OR_SUBNET, 'may hold only letters, digits and hyphens')).min(1).max(16),
});

/** A list's SortOrder, with the default that operation documents (they differ: packages and groups Ascending, models Descending). */
const sortOrder = (fallback: 'Ascending' | 'Descending') => ZSortOrderValue.default(fallback);

export const ZCreateModelPackageGroupRequest = z.object({
  ModelPackageGroupName: ZEntityName,
  ModelPackageGroupDescription: ZEntityDescription.optional(),
  Tags: ZTagList.optional(),
  ManagedConfiguration: z.object({ ManagedStorageType: z.enum(['Restricted']).optional() }).optional(),
});

export const ZDescribeModelPackageGroupRequest = z.object({ ModelPackageGroupName: ZArnOrName });

export const ZListModelPackageGroupsRequest = z.object({
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  MaxResults: ZMaxResults,
  NameContains: ZNameContains.optional(),
  NextToken: ZNextToken.optional(),
  SortBy: z.enum(['Name', 'CreationTime']).default('CreationTime'),
  SortOrder: sortOrder('Ascending'),
  CrossAccountFilterOption: z.enum(['SameAccount', 'CrossAccount']).optional(),
});

export const ZDeleteModelPackageGroupRequest = z.object({ ModelPackageGroupName: ZArnOrName });

export const ZCreateModelPackageRequest = z
  .object({
    ModelPackageName: ZEntityName.optional(),
    ModelPackageGroupName: ZArnOrName.optional(),
    ModelPackageDescription: ZEntityDescription.optional(),
    ModelPackageRegistrationType: z.enum(['Logged', 'Registered']).optional(),
    InferenceSpecification: ZInferenceSpecification.optional(),
    ValidationSpecification: ZValidationSpecification.optional(),
    SourceAlgorithmSpecification: ZSourceAlgorithmSpecification.optional(),
    CertifyForMarketplace: z.boolean().optional(),
    Tags: ZTagList.optional(),
    ModelApprovalStatus: ZModelApprovalStatus.optional(),
    MetadataProperties: z
      .object({
        CommitId: ZMetadataValue.optional(),
        Repository: ZMetadataValue.optional(),
        GeneratedBy: ZMetadataValue.optional(),
        ProjectId: ZMetadataValue.optional(),
      })
      .optional(),
    ModelMetrics: ZModelMetrics.optional(),
    ClientToken: ZClientToken.optional(),
    Domain: ZString.optional(),
    Task: ZString.optional(),
    SamplePayloadUrl: ZS3Uri.optional(),
    CustomerMetadataProperties: ZCustomerMetadata.optional(),
    DriftCheckBaselines: ZDriftCheckBaselines.optional(),
    AdditionalInferenceSpecifications: ZAdditionalInferenceSpecifications.optional(),
    SkipModelValidation: z.enum(['All', 'None']).optional(),
    SourceUri: z.string().max(1024).regex(SOURCE_URI, 'may hold only letters, marks, spaces, digits and punctuation').optional(),
    SecurityConfig: z.object({ KmsKeyId: ZKmsKeyId }).optional(),
    ModelCard: ZModelPackageModelCard.optional(),
    ModelLifeCycle: ZModelLifeCycle.optional(),
    ManagedStorageType: z.enum(['Restricted']).optional(),
  })
  .refine((request) => request.ModelPackageName !== undefined || request.ModelPackageGroupName !== undefined, {
    message: 'required: name the model package group the new version belongs to',
    path: ['ModelPackageGroupName'],
  });

export const ZDescribeModelPackageRequest = z.object({ ModelPackageName: ZVersionedArnOrName });

export const ZListModelPackagesRequest = z.object({
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  MaxResults: ZMaxResults,
  NameContains: ZNameContains.optional(),
  ModelApprovalStatus: ZModelApprovalStatus.optional(),
  ModelPackageGroupName: ZArnOrName.optional(),
  /** Omitted: Unversioned, as SageMaker documents, unless a group is named (its versions are what the caller asks for). */
  ModelPackageType: z.enum(['Versioned', 'Unversioned', 'Both']).optional(),
  NextToken: ZNextToken.optional(),
  SortBy: z.enum(['Name', 'CreationTime']).default('CreationTime'),
  SortOrder: sortOrder('Ascending'),
});

export const ZUpdateModelPackageRequest = z.object({
  ModelPackageArn: ZModelPackageArn,
  ModelApprovalStatus: ZModelApprovalStatus.optional(),
  ModelPackageRegistrationType: z.enum(['Logged', 'Registered']).optional(),
  ApprovalDescription: z.string().max(1024).optional(),
  CustomerMetadataProperties: ZCustomerMetadata.optional(),
  CustomerMetadataPropertiesToRemove: z.array(ZCustomerMetadataKey).optional(),
  AdditionalInferenceSpecificationsToAdd: ZAdditionalInferenceSpecifications.optional(),
  InferenceSpecification: ZInferenceSpecification.optional(),
  SourceUri: z.string().max(1024).regex(SOURCE_URI, 'may hold only letters, marks, spaces, digits and punctuation').optional(),
  ModelCard: ZModelPackageModelCard.optional(),
  ModelLifeCycle: ZModelLifeCycle.optional(),
  ClientToken: ZClientToken.optional(),
});

export const ZDeleteModelPackageRequest = z.object({ ModelPackageName: ZVersionedArnOrName });

export const ZCreateModelRequest = z.object({
  ModelName: ZModelName,
  PrimaryContainer: ZContainerDefinition.optional(),
  Containers: z.array(ZContainerDefinition).max(15).optional(),
  InferenceExecutionConfig: z.object({ Mode: z.enum(['Serial', 'Direct']) }).optional(),
  ExecutionRoleArn: ZRoleArn.optional(),
  Tags: ZTagList.optional(),
  VpcConfig: ZVpcConfig.optional(),
  EnableNetworkIsolation: z.boolean().optional(),
});

export const ZDescribeModelRequest = z.object({ ModelName: ZModelName });

export const ZListModelsRequest = z.object({
  SortBy: z.enum(['Name', 'CreationTime']).default('CreationTime'),
  SortOrder: sortOrder('Descending'),
  NextToken: ZNextToken.optional(),
  MaxResults: ZMaxResults,
  NameContains: ZNameContains.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  CreationTimeAfter: ZTimestamp.optional(),
});

export const ZDeleteModelRequest = z.object({ ModelName: ZModelName });

export const ZDescribeTrainingJobRequest = z.object({ TrainingJobName: ZEntityName });

export const ZListTrainingJobsRequest = z.object({
  NextToken: ZNextToken.optional(),
  MaxResults: ZMaxResults,
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  LastModifiedTimeAfter: ZTimestamp.optional(),
  LastModifiedTimeBefore: ZTimestamp.optional(),
  NameContains: ZNameContains.optional(),
  StatusEquals: z.enum(TRAINING_JOB_STATUSES).optional(),
  SortBy: z.enum(['Name', 'CreationTime', 'Status']).default('CreationTime'),
  SortOrder: sortOrder('Ascending'),
  WarmPoolStatusEquals: z.enum(['Available', 'Terminated', 'Reused', 'InUse']).optional(),
  TrainingPlanArnEquals: z.string().min(50).max(2048).optional(),
});

export const REGISTRY_REQUEST_SCHEMAS = {
  CreateModelPackageGroup: ZCreateModelPackageGroupRequest,
  DescribeModelPackageGroup: ZDescribeModelPackageGroupRequest,
  ListModelPackageGroups: ZListModelPackageGroupsRequest,
  DeleteModelPackageGroup: ZDeleteModelPackageGroupRequest,
  CreateModelPackage: ZCreateModelPackageRequest,
  DescribeModelPackage: ZDescribeModelPackageRequest,
  ListModelPackages: ZListModelPackagesRequest,
  UpdateModelPackage: ZUpdateModelPackageRequest,
  DeleteModelPackage: ZDeleteModelPackageRequest,
  CreateModel: ZCreateModelRequest,
  DescribeModel: ZDescribeModelRequest,
  ListModels: ZListModelsRequest,
  DeleteModel: ZDeleteModelRequest,
  DescribeTrainingJob: ZDescribeTrainingJobRequest,
  ListTrainingJobs: ZListTrainingJobsRequest,
} as const satisfies Record<TRegistryOperation, z.ZodType>;

/** Requests after parsing: defaults applied, timestamps as Date. */
export type TCreateModelPackageGroupRequest = z.output<typeof ZCreateModelPackageGroupRequest>;
export type TDescribeModelPackageGroupRequest = z.output<typeof ZDescribeModelPackageGroupRequest>;
export type TListModelPackageGroupsRequest = z.output<typeof ZListModelPackageGroupsRequest>;
export type TDeleteModelPackageGroupRequest = z.output<typeof ZDeleteModelPackageGroupRequest>;
export type TCreateModelPackageRequest = z.output<typeof ZCreateModelPackageRequest>;
export type TDescribeModelPackageRequest = z.output<typeof ZDescribeModelPackageRequest>;
export type TListModelPackagesRequest = z.output<typeof ZListModelPackagesRequest>;
export type TUpdateModelPackageRequest = z.output<typeof ZUpdateModelPackageRequest>;
export type TDeleteModelPackageRequest = z.output<typeof ZDeleteModelPackageRequest>;
export type TCreateModelRequest = z.output<typeof ZCreateModelRequest>;
export type TDescribeModelRequest = z.output<typeof ZDescribeModelRequest>;
export type TListModelsRequest = z.output<typeof ZListModelsRequest>;
export type TDeleteModelRequest = z.output<typeof ZDeleteModelRequest>;
export type TDescribeTrainingJobRequest = z.output<typeof ZDescribeTrainingJobRequest>;
export type TListTrainingJobsRequest = z.output<typeof ZListTrainingJobsRequest>;

export type TInferenceSpecification = z.output<typeof ZInferenceSpecification>;
export type TModelPackageModelCard = z.output<typeof ZModelPackageModelCard>;
export type TModelLifeCycle = z.output<typeof ZModelLifeCycle>;
export type TContainerDefinition = z.output<typeof ZContainerDefinition>;

/** Responses as they go on the wire: timestamps are epoch seconds. */
type TEpochSeconds = number;

export type TCreateModelPackageGroupResponse = { ModelPackageGroupArn: string };
export type TModelPackageGroupSummary = {
  ModelPackageGroupName: string;
  ModelPackageGroupArn: string;
  ModelPackageGroupDescription?: string;
  CreationTime: TEpochSeconds;
  ModelPackageGroupStatus: TModelPackageGroupStatus;
};
export type TDescribeModelPackageGroupResponse = TModelPackageGroupSummary & { CreatedBy: TUserContext };
export type TListModelPackageGroupsResponse = { ModelPackageGroupSummaryList: TModelPackageGroupSummary[]; NextToken?: string };
export type TDeleteModelPackageGroupResponse = Record<string, never>;

export type TCreateModelPackageResponse = { ModelPackageArn: string };
export type TModelPackageSummary = {
  ModelPackageName?: string;
  ModelPackageGroupName?: string;
  ModelPackageVersion?: number;
  ModelPackageArn: string;
  ModelPackageDescription?: string;
  CreationTime: TEpochSeconds;
  ModelPackageStatus: TModelPackageStatus;
  ModelApprovalStatus?: TModelApprovalStatus;
  ModelLifeCycle?: TModelLifeCycle;
  ModelPackageRegistrationType?: 'Logged' | 'Registered';
};
export type TListModelPackagesResponse = { ModelPackageSummaryList: TModelPackageSummary[]; NextToken?: string };

/**
 * What Cardinal adds to DescribeModelPackage under a member SageMaker does not have: AWS clients skip members they do
 * not model, so the SDK shapes stay as they are, and Cardinal's own tools read the card link and the approval it relied on.
 */
export type TCardinalPackageDetails = {
  ModelCardName?: string;
  ModelCardArn?: string;
  ModelCardVersion?: number;
  ModelCardStatus?: string;
  /** True when the package is Approved and its card has a version or hash other than the one the approval relied on. */
  CardChangedSinceApproval: boolean;
  ApprovedWithCardVersion?: number;
  ApprovedWithCardContentHash?: string;
};

export type TDescribeModelPackageResponse = {
  ModelPackageName: string;
  ModelPackageGroupName?: string;
  ModelPackageVersion?: number;
  ModelPackageRegistrationType?: 'Logged' | 'Registered';
  ModelPackageArn: string;
  ModelPackageDescription?: string;
  CreationTime: TEpochSeconds;
  InferenceSpecification?: unknown;
  SourceAlgorithmSpecification?: unknown;
  ValidationSpecification?: unknown;
  ModelPackageStatus: TModelPackageStatus;
  ModelPackageStatusDetails: { ValidationStatuses: { Name: string; Status: 'NotStarted' | 'InProgress' | 'Completed' | 'Failed'; FailureReason?: string }[] };
  CertifyForMarketplace?: boolean;
  ModelApprovalStatus?: TModelApprovalStatus;
  CreatedBy?: TUserContext;
  MetadataProperties?: unknown;
  ModelMetrics?: unknown;
  LastModifiedTime?: TEpochSeconds;
  LastModifiedBy?: TUserContext;
  ApprovalDescription?: string;
  Domain?: string;
  Task?: string;
  SamplePayloadUrl?: string;
  CustomerMetadataProperties?: Record<string, string>;
  DriftCheckBaselines?: unknown;
  AdditionalInferenceSpecifications?: unknown;
  SkipModelValidation?: 'All' | 'None';
  SourceUri?: string;
  ModelCard?: { ModelCardContent?: string; ModelCardStatus?: string };
  ModelLifeCycle?: TModelLifeCycle;
  Cardinal?: TCardinalPackageDetails;
};
export type TUpdateModelPackageResponse = { ModelPackageArn: string };
export type TDeleteModelPackageResponse = Record<string, never>;

export type TCreateModelResponse = { ModelArn: string };
export type TDescribeModelResponse = {
  ModelName: string;
  PrimaryContainer?: unknown;
  Containers?: unknown[];
  InferenceExecutionConfig?: unknown;
  ExecutionRoleArn?: string;
  VpcConfig?: unknown;
  CreationTime: TEpochSeconds;
  ModelArn: string;
  EnableNetworkIsolation?: boolean;
};
export type TModelSummary = { ModelName: string; ModelArn: string; CreationTime: TEpochSeconds };
export type TListModelsResponse = { Models: TModelSummary[]; NextToken?: string };
export type TDeleteModelResponse = Record<string, never>;

/** The DescribeTrainingJob response as recorded (POST /api/v1/training-jobs), its timestamps as epoch seconds and its ARN this server's. */
export type TDescribeTrainingJobResponse = Record<string, unknown> & {
  TrainingJobName: string;
  TrainingJobArn: string;
  TrainingJobStatus: TTrainingJobStatus;
  CreationTime: TEpochSeconds;
};
export type TTrainingJobSummary = {
  TrainingJobName: string;
  TrainingJobArn: string;
  CreationTime: TEpochSeconds;
  TrainingEndTime?: TEpochSeconds;
  LastModifiedTime?: TEpochSeconds;
  TrainingJobStatus: TTrainingJobStatus;
  SecondaryStatus?: string;
};
export type TListTrainingJobsResponse = { TrainingJobSummaries: TTrainingJobSummary[]; NextToken?: string };
