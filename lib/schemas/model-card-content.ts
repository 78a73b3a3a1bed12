// Model-card content is exactly SageMaker's content JSON (reference §1): same snake_case keys, limits and enums, unknown keys rejected.
import { z } from 'zod';
import { formatPath, parseJsonText, validateValue, type TValidationIssue } from './validation-error';
import { findNul, NUL_MESSAGE } from './input-values';
import { RISK_RATINGS } from './risk-rating';

export const MAX_CONTENT_CHARS = 100_000;
export const METRIC_TYPES = ['number', 'string', 'boolean', 'linear_graph', 'bar_chart', 'matrix'] as const;

const OBJECTIVE_DIRECTIONS = ['Maximize', 'Minimize'] as const;
const MODEL_PACKAGE_STATUSES = ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting'] as const;
const MODEL_APPROVAL_STATUSES = ['Approved', 'Rejected', 'PendingManualApproval'] as const;

const text = (maxChars: number) => z.string().max(maxChars);
const requiredText = (maxChars: number) => z.string().min(1).max(maxChars);

/**
 * SageMaker writes names as the pattern `.{1,63}` or `.{1,255}`. JSON Schema (ajv), the SDK's
 * pydantic models and the service test a pattern by search, not full match, so the number is
 * no length limit: a name needs one character that is not a line break. The SDK's own Clarify
 * parser emits 64-character group names (fixtures/sagemaker-reports/translated_clarify_bias.json),
 * so enforcing 63 would reject cards SageMaker itself produces.
 */
const patternName = () => z.string().min(1, { abort: true }).regex(/./u, 'must contain a character other than a line break');

/** Zod drops an own "__proto__" key from open objects instead of copying it; refusing it keeps content from changing silently. */
const keepingEveryKey = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .refine((value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'), {
      message: 'key "__proto__" is not allowed',
      path: ['__proto__'],
    })
    .pipe(schema);
const openMap = <V extends z.ZodType>(value: V) => keepingEveryKey(z.record(z.string(), value));

/** The schema writes list caps as maxContains or inside `items`, where they do nothing; the SDK enforces them as list sizes (reference §1.5). */
const stringList = (maxItems: number) => z.array(text(1024)).max(maxItems);

const ZContainerImages = z.strictObject({ container_image: stringList(15).optional() });

export const ZModelOverview = z.strictObject({
  model_description: text(1024).optional(),
  model_owner: text(1024).optional(),
  model_creator: text(1024).optional(),
  // Unbounded in both JSON schemas (CFN says 1024); reference §8 says to accept the union.
  problem_type: z.string().optional(),
  algorithm_type: text(1024).optional(),
  model_id: text(1024).optional(),
  model_name: text(1024).optional(),
  model_version: z.number().min(1).optional(),
  model_artifact: stringList(15).optional(),
  inference_environment: ZContainerImages.optional(),
});

export const ZIntendedUses = z.strictObject({
  purpose_of_model: text(2048).optional(),
  intended_uses: text(2048).optional(),
  factors_affecting_model_efficiency: text(2048).optional(),
  risk_rating: z.enum(RISK_RATINGS).optional(),
  explanations_for_risk_rating: text(2048).optional(),
});

export const ZBusinessDetails = z.strictObject({
  business_problem: text(2048).optional(),
  business_stakeholders: text(2048).optional(),
  line_of_business: text(2048).optional(),
});

const ZTrainingMetric = z.strictObject({
  name: patternName(),
  notes: text(1024).optional(),
  value: z.number(),
});

const ZHyperParameter = z.strictObject({
  name: patternName(),
  // `.{0,255}` (CORE) matches every string and CFN's `.{1,255}` any non-blank one; the union is any string.
  value: z.string().optional(),
});

// The JSON schemas lack `properties` here and so check nothing; this is the shape the SDK writes (reference §1.5).
const ZObjectiveFunction = z.strictObject({
  function: z
    .strictObject({
      function: z.enum(OBJECTIVE_DIRECTIONS).optional(),
      // The SDK offers Loss, Accuracy, RMSE, MAE, AUC, but the stored schema allows any short text.
      facet: text(63).optional(),
      condition: text(63).optional(),
    })
    .optional(),
  notes: text(1024).optional(),
});

const ZTrainingJobDetails = z.strictObject({
  training_arn: text(1024).optional(),
  training_datasets: stringList(15).optional(),
  training_environment: ZContainerImages.optional(),
  training_metrics: z.array(ZTrainingMetric).max(50).optional(),
  user_provided_training_metrics: z.array(ZTrainingMetric).max(50).optional(),
  hyper_parameters: z.array(ZHyperParameter).max(100).optional(),
  user_provided_hyper_parameters: z.array(ZHyperParameter).max(100).optional(),
});

export const ZTrainingDetails = z.strictObject({
  objective_function: ZObjectiveFunction.optional(),
  training_observations: text(1024).optional(),
  training_job_details: ZTrainingJobDetails.optional(),
});

const axisName = text(63);
const axisNames = z.array(text(63));

const metric = <T extends (typeof METRIC_TYPES)[number], V extends z.ZodType, X extends z.ZodType, Y extends z.ZodType>(
  type: T,
  value: V,
  xAxis: X,
  yAxis: Y,
) =>
  z.strictObject({
    name: patternName(),
    notes: text(1024).optional(),
    type: z.literal(type),
    value,
    x_axis_name: xAxis.optional(),
    y_axis_name: yAxis.optional(),
  });

const point = z.tuple([z.number(), z.number()], { error: 'must be an [x, y] pair of numbers' });

/**
 * The JSON schemas let a "number" metric hold a string; the SDK checks that the value matches the
 * type (METRIC_VALUE_TYPE_MAP), and charts need it, so each type is its own shape. Graph and chart
 * lengths follow CORE, which dropped the 20-item cap of the 2023 schema (reference §1.6, §3.5).
 */
export const ZMetricData = z.discriminatedUnion('type', [
  metric('number', z.number(), axisName, axisName),
  metric('string', text(63), axisName, axisName),
  metric('boolean', z.boolean(), axisName, axisName),
  metric('linear_graph', z.array(point).min(1), axisName, axisName),
  metric('bar_chart', z.array(z.number()).min(1), axisNames, axisName),
  metric('matrix', z.array(z.array(z.number()).min(1).max(20)).min(1).max(20), axisNames, axisNames),
]);

// Metric groups are one of the three objects the schema leaves open (reference §1.1); extra keys are kept as given.
export const ZMetricGroup = keepingEveryKey(
  z.looseObject({
    name: patternName(),
    metric_data: z.array(ZMetricData),
  }),
);

export const ZEvaluationJob = z.strictObject({
  name: patternName(),
  evaluation_observation: text(2096).optional(),
  evaluation_job_arn: text(256).optional(),
  datasets: stringList(10).optional(),
  metadata: openMap(text(1024)).optional(),
  metric_groups: z.array(ZMetricGroup).optional(),
});

export const ZAdditionalInformation = z.strictObject({
  ethical_considerations: text(2048).optional(),
  caveats_and_recommendations: text(2048).optional(),
  custom_details: openMap(text(1024)).optional(),
});

const ZContainer = z.strictObject({
  image: text(255),
  model_data_url: text(1024).optional(),
  nearest_model_name: z.string().optional(),
  // Newer SDKs (CORE) copy these from DescribeModelPackage; their inner shapes are AWS API shapes we only store.
  model_data_source: openMap(z.unknown()).optional(),
  is_checkpoint: z.boolean().optional(),
  base_model: openMap(z.unknown()).optional(),
});

export const ZModelPackageDetails = z.strictObject({
  model_package_arn: requiredText(2048).optional(),
  model_package_description: text(1024).optional(),
  model_package_group_name: requiredText(63).optional(),
  model_package_name: requiredText(63).optional(),
  model_package_version: z.number().min(1).optional(),
  model_package_status: z.enum(MODEL_PACKAGE_STATUSES).optional(),
  model_approval_status: z.enum(MODEL_APPROVAL_STATUSES).optional(),
  approval_description: text(1024).optional(),
  created_by: z.strictObject({ user_profile_name: text(63).optional() }).optional(),
  domain: z.string().optional(),
  task: z.string().optional(),
  source_algorithms: z
    .array(z.strictObject({ algorithm_name: text(170), model_data_url: text(1024).optional() }))
    .max(15)
    .optional(),
  inference_specification: z.strictObject({ containers: z.array(ZContainer).min(1).max(15) }).optional(),
});

export const ZModelCardContent = z.strictObject({
  model_overview: ZModelOverview.optional(),
  intended_uses: ZIntendedUses.optional(),
  business_details: ZBusinessDetails.optional(),
  training_details: ZTrainingDetails.optional(),
  evaluation_details: z.array(ZEvaluationJob).optional(),
  additional_information: ZAdditionalInformation.optional(),
  model_package_details: ZModelPackageDetails.optional(),
});

export type TModelCardContent = z.infer<typeof ZModelCardContent>;
export type TModelOverview = z.infer<typeof ZModelOverview>;
export type TIntendedUses = z.infer<typeof ZIntendedUses>;
export type TBusinessDetails = z.infer<typeof ZBusinessDetails>;
export type TTrainingDetails = z.infer<typeof ZTrainingDetails>;
export type TEvaluationJob = z.infer<typeof ZEvaluationJob>;
export type TAdditionalInformation = z.infer<typeof ZAdditionalInformation>;
export type TModelPackageDetails = z.infer<typeof ZModelPackageDetails>;
export type TMetricGroup = z.infer<typeof ZMetricGroup>;
export type TMetricData = z.infer<typeof ZMetricData>;
export type TRiskRating = (typeof RISK_RATINGS)[number];
export type TMetricType = (typeof METRIC_TYPES)[number];

export type TParseContentResult = { ok: true; content: TModelCardContent } | { ok: false; issues: TValidationIssue[] };

const tooLong = (length: number, what: string): TParseContentResult => ({
  ok: false,
  issues: [{ path: '', message: `at most ${MAX_CONTENT_CHARS} characters${what}; this document has ${length}` }],
});

/**
 * Accepts the stored form (a JSON string, as SageMaker's Content) or an already parsed value.
 * The 100,000-character cap is on the stored string, so a parsed value is measured as the JSON we would store.
 */
export function parseModelCardContent(input: unknown): TParseContentResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_CONTENT_CHARS) return tooLong(input.length, '');
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    value = parsed.data;
  }
  const result = validateValue(ZModelCardContent, value);
  if (!result.ok) return result;
  const nul = findNul(result.data);
  if (nul) return { ok: false, issues: [{ path: formatPath(nul), message: NUL_MESSAGE }] };
  if (typeof input !== 'string') {
    const length = JSON.stringify(result.data).length;
    if (length > MAX_CONTENT_CHARS) return tooLong(length, ' as JSON');
  }
  return { ok: true, content: result.data };
}
