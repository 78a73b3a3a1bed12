// The SageMaker operations Cardinal serves, with the model-card request and response shapes exactly as botocore's service-2.json (2017-07-24) and @aws-sdk/client-sagemaker define them (reference §2); the registry's shapes are in registry-operations.ts.
import 'server-only';
import { z } from 'zod';
import { CARD_STATUSES } from '../schemas/card-status';
import { EXPORT_JOB_STATUSES } from '../schemas/export-job-status';
import { MAX_CONTENT_CHARS } from '../schemas/model-card-content';
import { CARD_NAME_EXPRESSION } from '../schemas/card-name';
import { ZEntityName, ZInteger, ZKmsKeyId, ZMaxResults, ZNextToken, ZResourceArn, ZS3Uri, ZSortOrderValue, ZTag, ZTagList, ZTimestamp } from './member-shapes';
import { REGISTRY_OPERATIONS, REGISTRY_REQUEST_SCHEMAS } from './registry-operations';
import { ZSearchRequest } from './search-operation';

export const SAGEMAKER_OPERATIONS = [
  'CreateModelCard',
  'DescribeModelCard',
  'UpdateModelCard',
  'DeleteModelCard',
  'ListModelCards',
  'ListModelCardVersions',
  'CreateModelCardExportJob',
  'DescribeModelCardExportJob',
  'ListModelCardExportJobs',
  'AddTags',
  'ListTags',
  'DeleteTags',
  ...REGISTRY_OPERATIONS,
  'Search',
] as const;
export type TSageMakerOperation = (typeof SAGEMAKER_OPERATIONS)[number];

// SageMaker's ModelCardStatus and ModelCardExportJobStatus values are exactly Cardinal's statuses.
const MODEL_CARD_STATUSES = CARD_STATUSES;
const MODEL_CARD_EXPORT_JOB_STATUSES = EXPORT_JOB_STATUSES;
export const MODEL_CARD_PROCESSING_STATUSES = [
  'DeleteInProgress',
  'DeletePending',
  'ContentDeleted',
  'ExportJobsDeleted',
  'DeleteCompleted',
  'DeleteFailed',
] as const;
export type TModelCardStatus = (typeof MODEL_CARD_STATUSES)[number];
export type TModelCardExportJobStatus = (typeof MODEL_CARD_EXPORT_JOB_STATUSES)[number];
export type TModelCardProcessingStatus = (typeof MODEL_CARD_PROCESSING_STATUSES)[number];

/** The model documents no default sort order; newest first matches the CreationTime default sort and most SageMaker lists that state one. */
export const DEFAULT_SORT_ORDER = 'Descending';

const MODEL_CARD_NAME_OR_ARN = new RegExp(`^(arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:model-card/.*)?(${CARD_NAME_EXPRESSION})$`);
const EXPORT_JOB_ARN = new RegExp(`^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-card/${CARD_NAME_EXPRESSION}/export-job/${CARD_NAME_EXPRESSION}$`);

const ZModelCardNameOrArn = z
  .string()
  .min(1, { abort: true })
  .max(256, { abort: true })
  .regex(MODEL_CARD_NAME_OR_ARN, 'must be a model card name or a model card ARN (arn:aws:sagemaker:<region>:<account>:model-card/<name>)');
export const ZModelCardStatus = z.enum(MODEL_CARD_STATUSES);
const ZModelCardExportJobStatus = z.enum(MODEL_CARD_EXPORT_JOB_STATUSES);
export const ZContent = z.string().max(MAX_CONTENT_CHARS);
const ZSortOrder = ZSortOrderValue.default(DEFAULT_SORT_ORDER);

const ZModelCardSecurityConfig = z.object({
  KmsKeyId: ZKmsKeyId.optional(),
});

const ZModelCardExportOutputConfig = z.object({
  S3OutputPath: ZS3Uri,
});

export const ZCreateModelCardRequest = z.object({
  ModelCardName: ZEntityName,
  SecurityConfig: ZModelCardSecurityConfig.optional(),
  Content: ZContent,
  ModelCardStatus: ZModelCardStatus,
  Tags: ZTagList.optional(),
});

export const ZDescribeModelCardRequest = z.object({
  ModelCardName: ZModelCardNameOrArn,
  /** Omitted: the latest version. */
  ModelCardVersion: ZInteger.optional(),
  IncludedData: z.enum(['AllData', 'MetadataOnly']).default('AllData'),
});

export const ZUpdateModelCardRequest = z
  .object({
    ModelCardName: ZModelCardNameOrArn,
    Content: ZContent.optional(),
    ModelCardStatus: ZModelCardStatus.optional(),
  })
  .refine((request) => request.Content === undefined || request.ModelCardStatus === undefined, {
    // A content change makes a new version and a status change does not; the API keeps them in separate calls (reference §2.2).
    message: 'Content and ModelCardStatus cannot both be set in one UpdateModelCard call; send them in two calls',
    path: ['ModelCardStatus'],
  });

/** Delete takes the name only, not an ARN (reference §2.1). */
export const ZDeleteModelCardRequest = z.object({
  ModelCardName: ZEntityName,
});

export const ZListModelCardsRequest = z.object({
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  MaxResults: ZMaxResults,
  NameContains: ZEntityName.optional(),
  ModelCardStatus: ZModelCardStatus.optional(),
  NextToken: ZNextToken.optional(),
  SortBy: z.enum(['Name', 'CreationTime']).default('CreationTime'),
  SortOrder: ZSortOrder,
});

export const ZListModelCardVersionsRequest = z.object({
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  MaxResults: ZMaxResults,
  ModelCardName: ZModelCardNameOrArn,
  ModelCardStatus: ZModelCardStatus.optional(),
  NextToken: ZNextToken.optional(),
  SortBy: z.enum(['Version']).default('Version'),
  SortOrder: ZSortOrder,
});

export const ZCreateModelCardExportJobRequest = z.object({
  ModelCardName: ZModelCardNameOrArn,
  /** Omitted: the latest version. */
  ModelCardVersion: ZInteger.optional(),
  ModelCardExportJobName: ZEntityName,
  OutputConfig: ZModelCardExportOutputConfig,
});

export const ZDescribeModelCardExportJobRequest = z.object({
  ModelCardExportJobArn: z
    .string()
    .max(256)
    .regex(EXPORT_JOB_ARN, 'must be a model card export job ARN (arn:aws:sagemaker:<region>:<account>:model-card/<name>/export-job/<job>)'),
});

/** Takes the card name only, not an ARN (reference §2.1). */
export const ZListModelCardExportJobsRequest = z.object({
  ModelCardName: ZEntityName,
  ModelCardVersion: ZInteger.optional(),
  CreationTimeAfter: ZTimestamp.optional(),
  CreationTimeBefore: ZTimestamp.optional(),
  ModelCardExportJobNameContains: ZEntityName.optional(),
  StatusEquals: ZModelCardExportJobStatus.optional(),
  SortBy: z.enum(['Name', 'CreationTime', 'Status']).default('CreationTime'),
  SortOrder: ZSortOrder,
  NextToken: ZNextToken.optional(),
  MaxResults: ZMaxResults,
});

export const ZAddTagsRequest = z.object({
  ResourceArn: ZResourceArn,
  Tags: ZTagList,
});

/** ListTagsMaxResults has a minimum of 50 and no maximum: a resource holds at most 50 tags, so one page always has them all. */
export const ZListTagsRequest = z.object({
  ResourceArn: ZResourceArn,
  NextToken: ZNextToken.optional(),
  MaxResults: z.int().min(50).default(50),
});

export const ZDeleteTagsRequest = z.object({
  ResourceArn: ZResourceArn,
  TagKeys: z.array(ZTag.shape.Key).min(1).max(50),
});

export const OPERATION_REQUEST_SCHEMAS = {
  CreateModelCard: ZCreateModelCardRequest,
  DescribeModelCard: ZDescribeModelCardRequest,
  UpdateModelCard: ZUpdateModelCardRequest,
  DeleteModelCard: ZDeleteModelCardRequest,
  ListModelCards: ZListModelCardsRequest,
  ListModelCardVersions: ZListModelCardVersionsRequest,
  CreateModelCardExportJob: ZCreateModelCardExportJobRequest,
  DescribeModelCardExportJob: ZDescribeModelCardExportJobRequest,
  ListModelCardExportJobs: ZListModelCardExportJobsRequest,
  AddTags: ZAddTagsRequest,
  ListTags: ZListTagsRequest,
  DeleteTags: ZDeleteTagsRequest,
  CreateModelPackageGroup: REGISTRY_REQUEST_SCHEMAS.CreateModelPackageGroup,
  DescribeModelPackageGroup: REGISTRY_REQUEST_SCHEMAS.DescribeModelPackageGroup,
  ListModelPackageGroups: REGISTRY_REQUEST_SCHEMAS.ListModelPackageGroups,
  DeleteModelPackageGroup: REGISTRY_REQUEST_SCHEMAS.DeleteModelPackageGroup,
  CreateModelPackage: REGISTRY_REQUEST_SCHEMAS.CreateModelPackage,
  DescribeModelPackage: REGISTRY_REQUEST_SCHEMAS.DescribeModelPackage,
  ListModelPackages: REGISTRY_REQUEST_SCHEMAS.ListModelPackages,
  UpdateModelPackage: REGISTRY_REQUEST_SCHEMAS.UpdateModelPackage,
  DeleteModelPackage: REGISTRY_REQUEST_SCHEMAS.DeleteModelPackage,
  CreateModel: REGISTRY_REQUEST_SCHEMAS.CreateModel,
  DescribeModel: REGISTRY_REQUEST_SCHEMAS.DescribeModel,
  ListModels: REGISTRY_REQUEST_SCHEMAS.ListModels,
  DeleteModel: REGISTRY_REQUEST_SCHEMAS.DeleteModel,
  DescribeTrainingJob: REGISTRY_REQUEST_SCHEMAS.DescribeTrainingJob,
  ListTrainingJobs: REGISTRY_REQUEST_SCHEMAS.ListTrainingJobs,
  Search: ZSearchRequest,
} as const satisfies Record<TSageMakerOperation, z.ZodType>;

/** Requests after parsing: defaults applied, timestamps as Date. */
export type TCreateModelCardRequest = z.output<typeof ZCreateModelCardRequest>;
export type TDescribeModelCardRequest = z.output<typeof ZDescribeModelCardRequest>;
export type TUpdateModelCardRequest = z.output<typeof ZUpdateModelCardRequest>;
export type TDeleteModelCardRequest = z.output<typeof ZDeleteModelCardRequest>;
export type TListModelCardsRequest = z.output<typeof ZListModelCardsRequest>;
export type TListModelCardVersionsRequest = z.output<typeof ZListModelCardVersionsRequest>;
export type TCreateModelCardExportJobRequest = z.output<typeof ZCreateModelCardExportJobRequest>;
export type TDescribeModelCardExportJobRequest = z.output<typeof ZDescribeModelCardExportJobRequest>;
export type TListModelCardExportJobsRequest = z.output<typeof ZListModelCardExportJobsRequest>;
export type TAddTagsRequest = z.output<typeof ZAddTagsRequest>;
export type TListTagsRequest = z.output<typeof ZListTagsRequest>;
export type TDeleteTagsRequest = z.output<typeof ZDeleteTagsRequest>;
export type TTag = z.output<typeof ZTag>;

/** Responses as they go on the wire: timestamps are epoch seconds (see toEpochSeconds). */
export type TEpochSeconds = number;

export type TModelCardSecurityConfig = { KmsKeyId?: string };
export type TUserContext = {
  UserProfileArn?: string;
  UserProfileName?: string;
  DomainId?: string;
  IamIdentity?: { Arn?: string; PrincipalId?: string; SourceIdentity?: string };
};

export type TCreateModelCardResponse = { ModelCardArn: string };

export type TDescribeModelCardResponse = {
  ModelCardArn: string;
  ModelCardName: string;
  ModelCardVersion: number;
  /** With IncludedData=MetadataOnly, only the metadata paths of reference §2.2 are kept. */
  Content: string;
  ModelCardStatus: TModelCardStatus;
  SecurityConfig?: TModelCardSecurityConfig;
  CreationTime: TEpochSeconds;
  CreatedBy: TUserContext;
  LastModifiedTime?: TEpochSeconds;
  LastModifiedBy?: TUserContext;
  ModelCardProcessingStatus?: TModelCardProcessingStatus;
};

export type TUpdateModelCardResponse = { ModelCardArn: string };

export type TDeleteModelCardResponse = Record<string, never>;

export type TModelCardSummary = {
  ModelCardName: string;
  ModelCardArn: string;
  ModelCardStatus: TModelCardStatus;
  CreationTime: TEpochSeconds;
  LastModifiedTime?: TEpochSeconds;
};
export type TListModelCardsResponse = { ModelCardSummaries: TModelCardSummary[]; NextToken?: string };

export type TModelCardVersionSummary = {
  ModelCardName: string;
  ModelCardArn: string;
  ModelCardStatus: TModelCardStatus;
  ModelCardVersion: number;
  CreationTime: TEpochSeconds;
  LastModifiedTime?: TEpochSeconds;
};
export type TListModelCardVersionsResponse = { ModelCardVersionSummaryList: TModelCardVersionSummary[]; NextToken?: string };

export type TCreateModelCardExportJobResponse = { ModelCardExportJobArn: string };

export type TDescribeModelCardExportJobResponse = {
  ModelCardExportJobName: string;
  ModelCardExportJobArn: string;
  Status: TModelCardExportJobStatus;
  ModelCardName: string;
  ModelCardVersion: number;
  OutputConfig: { S3OutputPath: string };
  CreatedAt: TEpochSeconds;
  LastModifiedAt: TEpochSeconds;
  /** At most 1024 characters. */
  FailureReason?: string;
  /** The exported PDF's URI. */
  ExportArtifacts?: { S3ExportArtifacts: string };
};

export type TModelCardExportJobSummary = {
  ModelCardExportJobName: string;
  ModelCardExportJobArn: string;
  Status: TModelCardExportJobStatus;
  ModelCardName: string;
  ModelCardVersion: number;
  CreatedAt: TEpochSeconds;
  LastModifiedAt: TEpochSeconds;
};
export type TListModelCardExportJobsResponse = { ModelCardExportJobSummaries: TModelCardExportJobSummary[]; NextToken?: string };

export type TAddTagsResponse = { Tags?: TTag[] };
export type TListTagsResponse = { Tags?: TTag[]; NextToken?: string };
export type TDeleteTagsResponse = Record<string, never>;
