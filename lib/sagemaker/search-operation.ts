// SageMaker's Search operation as botocore's service-2.json defines it: the request (SearchExpression with Filters, NestedFilters, SubExpressions and their limits) and the SearchRecord shapes of the five registry resources Cardinal keeps.
import 'server-only';
import { z } from 'zod';
import { MAX_NEXT_TOKEN_CHARS } from './protocol';
import type { TEpochSeconds, TModelCardStatus, TTag, TUserContext } from './operations';

/** The ResourceType values Cardinal keeps; SageMaker's others (Experiment, Endpoint, Pipeline, …) are refused by name. */
export const SEARCHABLE_RESOURCES = ['ModelCard', 'ModelPackage', 'ModelPackageGroup', 'Model', 'TrainingJob'] as const;
export type TSearchableResource = (typeof SEARCHABLE_RESOURCES)[number];

/** Every ResourceType botocore knows, so an unsupported one gets "not supported here" rather than "not a value". */
const AWS_RESOURCE_TYPES = [
  'TrainingJob',
  'Experiment',
  'ExperimentTrial',
  'ExperimentTrialComponent',
  'Endpoint',
  'Model',
  'ModelPackage',
  'ModelPackageGroup',
  'Pipeline',
  'PipelineExecution',
  'FeatureGroup',
  'FeatureMetadata',
  'Image',
  'ImageVersion',
  'Project',
  'HyperParameterTuningJob',
  'ModelCard',
  'PipelineVersion',
] as const;

export const SEARCH_OPERATORS = [
  'Equals',
  'NotEquals',
  'GreaterThan',
  'GreaterThanOrEqualTo',
  'LessThan',
  'LessThanOrEqualTo',
  'Contains',
  'Exists',
  'NotExists',
  'In',
] as const;
export type TSearchOperator = (typeof SEARCH_OPERATORS)[number];

/** SearchExpression's documented limits: 20 items in each list, 50 filters, nested filters and sub-expressions in the whole tree. */
export const MAX_LIST_ITEMS = 20;
export const MAX_EXPRESSION_ELEMENTS = 50;

const ZPropertyName = z.string().min(1).max(255);

const ZFilter = z.object({
  Name: ZPropertyName,
  /** "If you specify a Value, but not an Operator, SageMaker uses the equals operator." */
  Operator: z.enum(SEARCH_OPERATORS).optional(),
  Value: z.string().min(1).max(1024).optional(),
});
export type TSearchFilter = z.output<typeof ZFilter>;

const ZNestedFilters = z.object({
  NestedPropertyName: ZPropertyName,
  Filters: z.array(ZFilter).min(1).max(MAX_LIST_ITEMS),
});

export type TSearchExpression = {
  Filters?: TSearchFilter[];
  NestedFilters?: z.output<typeof ZNestedFilters>[];
  SubExpressions?: TSearchExpression[];
  Operator?: 'And' | 'Or';
};

export const ZSearchExpression: z.ZodType<TSearchExpression> = z.lazy(() =>
  z.object({
    Filters: z.array(ZFilter).min(1).max(MAX_LIST_ITEMS).optional(),
    NestedFilters: z.array(ZNestedFilters).min(1).max(MAX_LIST_ITEMS).optional(),
    SubExpressions: z.array(ZSearchExpression).min(1).max(MAX_LIST_ITEMS).optional(),
    Operator: z.enum(['And', 'Or']).optional(),
  }),
);

export const ZSearchRequest = z.object({
  Resource: z.enum(AWS_RESOURCE_TYPES),
  SearchExpression: ZSearchExpression.optional(),
  SortBy: ZPropertyName.optional(),
  SortOrder: z.enum(['Ascending', 'Descending']).default('Descending'),
  NextToken: z.string().max(MAX_NEXT_TOKEN_CHARS).optional(),
  /** The model gives no default; SageMaker's console and the SDK see 10 per page without one. */
  MaxResults: z.int().min(1).max(100).default(10),
  CrossAccountFilterOption: z.enum(['SameAccount', 'CrossAccount']).optional(),
  VisibilityConditions: z
    .array(z.object({ Key: z.string().min(1).max(128).optional(), Value: z.string().max(256).optional() }))
    .min(1)
    .max(5)
    .optional(),
});
export type TSearchRequest = z.output<typeof ZSearchRequest>;

/** Responses as they go on the wire (epoch-second timestamps), with the members boto3 parses for each resource. */
export type TSearchModelCard = {
  ModelCardArn: string;
  ModelCardName: string;
  ModelCardVersion: number;
  Content: string;
  ModelCardStatus: TModelCardStatus;
  CreationTime: TEpochSeconds;
  CreatedBy: TUserContext;
  LastModifiedTime: TEpochSeconds;
  LastModifiedBy: TUserContext;
  Tags: TTag[];
  ModelId?: string;
  RiskRating?: string;
  ModelPackageGroupName?: string;
};

export type TSearchRecord = {
  ModelCard?: TSearchModelCard;
  ModelPackage?: Record<string, unknown>;
  ModelPackageGroup?: Record<string, unknown>;
  /** ModelDashboardModel: { Model: the model, ModelCard: its card }. */
  Model?: Record<string, unknown>;
  TrainingJob?: Record<string, unknown>;
};

export type TSearchResponse = {
  Results: TSearchRecord[];
  NextToken?: string;
  TotalHits?: { Value: number; Relation: 'EqualTo' | 'GreaterThanOrEqualTo' };
};
