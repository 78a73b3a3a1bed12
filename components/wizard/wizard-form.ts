// The wizard edits friendlier shapes than the stored content (strings for numbers, rows for lists and key/value maps); these pure converters go both ways, and content → form → content gives back the same document.
import type { TEvaluationJob, TMetricData, TMetricGroup, TMetricType, TModelCardContent, TRiskRating } from '@/lib/schemas/model-card-content';

/** useFieldArray needs objects, so a list of strings is a list of one-field rows. */
export type TTextRow = { value: string };
export type TKeyValueRow = { key: string; value: string };

export type TFormMetric = {
  name: string;
  type: TMetricType;
  /** number, string and boolean metrics are edited as text; charts keep their data in `chart`. */
  value: string;
  notes: string;
  /** The value of a linear_graph, bar_chart or matrix metric, as the report gave it; null for the other types. */
  chart: unknown;
  /** Axis names are shown, not edited: charts take them from the report. */
  axes: { x_axis_name?: string | string[]; y_axis_name?: string | string[] };
};

export type TFormMetricGroup = {
  name: string;
  metric_data: TFormMetric[];
  /** Metric groups are open objects: keys other than name and metric_data are kept as given. */
  extra: Record<string, unknown>;
};

export type TFormEvaluationJob = {
  name: string;
  evaluation_observation: string;
  evaluation_job_arn: string;
  datasets: TTextRow[];
  metadata: TKeyValueRow[];
  metric_groups: TFormMetricGroup[];
};

export type TFormTrainingMetric = { name: string; value: string; notes: string };
/** null is a value never given; "" an empty value someone wrote (SageMaker keeps both). */
export type TFormHyperParameter = { name: string; value: string | null };

export type TWizardValues = {
  name: string;
  model_overview: {
    model_description: string;
    model_owner: string;
    model_creator: string;
    problem_type: string;
    algorithm_type: string;
    model_id: string;
    model_name: string;
    model_version: string;
    model_artifact: TTextRow[];
    inference_environment: { container_image: TTextRow[] };
  };
  intended_uses: {
    purpose_of_model: string;
    intended_uses: string;
    factors_affecting_model_efficiency: string;
    risk_rating: TRiskRating | '';
    explanations_for_risk_rating: string;
  };
  business_details: { business_problem: string; business_stakeholders: string; line_of_business: string };
  training_details: {
    objective_function: { function: { function: 'Maximize' | 'Minimize' | ''; facet: string; condition: string }; notes: string };
    training_observations: string;
    training_job_details: {
      training_arn: string;
      training_datasets: TTextRow[];
      training_environment: { container_image: TTextRow[] };
      training_metrics: TFormTrainingMetric[];
      hyper_parameters: TFormHyperParameter[];
    };
  };
  evaluation_details: TFormEvaluationJob[];
  additional_information: { ethical_considerations: string; caveats_and_recommendations: string; custom_details: TKeyValueRow[] };
  /** Parts of the content the wizard does not edit (written by the APIs or SageMaker), carried through unchanged. */
  kept: {
    user_provided_training_metrics?: unknown;
    user_provided_hyper_parameters?: unknown;
    model_package_details?: unknown;
  };
};

const SCALAR_TYPES: readonly TMetricType[] = ['number', 'string', 'boolean'];

export function isChartType(type: TMetricType): boolean {
  return !SCALAR_TYPES.includes(type);
}

const rows = (list: readonly string[] | undefined): TTextRow[] => (list ?? []).map((value) => ({ value }));
const pairs = (map: Record<string, string> | undefined): TKeyValueRow[] => Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));

function metricToForm(metric: TMetricData): TFormMetric {
  const { name, type, value, notes, x_axis_name, y_axis_name } = metric;
  const axes: TFormMetric['axes'] = {};
  if (x_axis_name !== undefined) axes.x_axis_name = x_axis_name;
  if (y_axis_name !== undefined) axes.y_axis_name = y_axis_name;
  const chart = isChartType(type);
  return { name, type, value: chart ? '' : String(value), notes: notes ?? '', chart: chart ? value : null, axes };
}

export function metricGroupToForm(group: TMetricGroup): TFormMetricGroup {
  const { name, metric_data, ...extra } = group;
  return { name, metric_data: metric_data.map(metricToForm), extra };
}

function evaluationJobToForm(job: TEvaluationJob): TFormEvaluationJob {
  return {
    name: job.name,
    evaluation_observation: job.evaluation_observation ?? '',
    evaluation_job_arn: job.evaluation_job_arn ?? '',
    datasets: rows(job.datasets),
    metadata: pairs(job.metadata),
    metric_groups: (job.metric_groups ?? []).map(metricGroupToForm),
  };
}

export function emptyEvaluationJob(): TFormEvaluationJob {
  return { name: '', evaluation_observation: '', evaluation_job_arn: '', datasets: [], metadata: [], metric_groups: [] };
}

export function contentToForm(content: TModelCardContent, name = ''): TWizardValues {
  const overview = content.model_overview ?? {};
  const uses = content.intended_uses ?? {};
  const business = content.business_details ?? {};
  const training = content.training_details ?? {};
  const job = training.training_job_details ?? {};
  const objective = training.objective_function ?? {};
  const additional = content.additional_information ?? {};
  const kept: TWizardValues['kept'] = {};
  if (job.user_provided_training_metrics) kept.user_provided_training_metrics = job.user_provided_training_metrics;
  if (job.user_provided_hyper_parameters) kept.user_provided_hyper_parameters = job.user_provided_hyper_parameters;
  if (content.model_package_details) kept.model_package_details = content.model_package_details;
  return {
    name,
    model_overview: {
      model_description: overview.model_description ?? '',
      model_owner: overview.model_owner ?? '',
      model_creator: overview.model_creator ?? '',
      problem_type: overview.problem_type ?? '',
      algorithm_type: overview.algorithm_type ?? '',
      model_id: overview.model_id ?? '',
      model_name: overview.model_name ?? '',
      model_version: overview.model_version === undefined ? '' : String(overview.model_version),
      model_artifact: rows(overview.model_artifact),
      inference_environment: { container_image: rows(overview.inference_environment?.container_image) },
    },
    intended_uses: {
      purpose_of_model: uses.purpose_of_model ?? '',
      intended_uses: uses.intended_uses ?? '',
      factors_affecting_model_efficiency: uses.factors_affecting_model_efficiency ?? '',
      risk_rating: uses.risk_rating ?? '',
      explanations_for_risk_rating: uses.explanations_for_risk_rating ?? '',
    },
    business_details: {
      business_problem: business.business_problem ?? '',
      business_stakeholders: business.business_stakeholders ?? '',
      line_of_business: business.line_of_business ?? '',
    },
    training_details: {
      objective_function: {
        function: {
          function: objective.function?.function ?? '',
          facet: objective.function?.facet ?? '',
          condition: objective.function?.condition ?? '',
        },
        notes: objective.notes ?? '',
      },
      training_observations: training.training_observations ?? '',
      training_job_details: {
        training_arn: job.training_arn ?? '',
        training_datasets: rows(job.training_datasets),
        training_environment: { container_image: rows(job.training_environment?.container_image) },
        training_metrics: (job.training_metrics ?? []).map((metric) => ({ name: metric.name, value: String(metric.value), notes: metric.notes ?? '' })),
        hyper_parameters: (job.hyper_parameters ?? []).map((parameter) => ({ name: parameter.name, value: parameter.value ?? null })),
      },
    },
    evaluation_details: (content.evaluation_details ?? []).map(evaluationJobToForm),
    additional_information: {
      ethical_considerations: additional.ethical_considerations ?? '',
      caveats_and_recommendations: additional.caveats_and_recommendations ?? '',
      custom_details: pairs(additional.custom_details),
    },
    kept,
  };
}

export function emptyWizardValues(): TWizardValues {
  return contentToForm({});
}

type Loose = Record<string, unknown>;

/** Drops empty text, empty lists and objects left empty, so an untouched field is absent rather than "". */
function compact(value: Loose): Loose | undefined {
  const out: Loose = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === '') continue;
    if (Array.isArray(item) && item.length === 0) continue;
    if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0) continue;
    out[key] = item;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const texts = (list: readonly TTextRow[]): string[] => list.map((row) => row.value);
const map = (list: readonly TKeyValueRow[]): Record<string, string> => Object.fromEntries(list.map((row) => [row.key, row.value]));

/**
 * Text that is not a number stays text, so validation says "must be a number" at the field instead
 * of the value silently becoming NaN or 0.
 */
function numberOrText(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

function booleanOrText(text: string): boolean | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function metricToContent(metric: TFormMetric): Loose {
  let value: unknown;
  if (isChartType(metric.type)) value = metric.chart;
  else if (metric.type === 'number') value = numberOrText(metric.value);
  else if (metric.type === 'boolean') value = booleanOrText(metric.value);
  else value = metric.value;
  return { name: metric.name, type: metric.type, value, ...(metric.notes === '' ? {} : { notes: metric.notes }), ...metric.axes };
}

export function metricGroupToContent(group: TFormMetricGroup): Loose {
  return { ...group.extra, name: group.name, metric_data: group.metric_data.map(metricToContent) };
}

function evaluationJobToContent(job: TFormEvaluationJob): Loose {
  return {
    name: job.name,
    ...compact({
      evaluation_observation: job.evaluation_observation,
      evaluation_job_arn: job.evaluation_job_arn,
      datasets: texts(job.datasets),
      metadata: job.metadata.length === 0 ? undefined : map(job.metadata),
      metric_groups: job.metric_groups.map(metricGroupToContent),
    }),
  };
}

/** Parts of the content, one per wizard step, so each step can be validated on its own. */
export function detailsToContent(values: TWizardValues): Loose {
  const overview = values.model_overview;
  return (
    compact({
      model_overview: compact({
        ...overview,
        model_version: numberOrText(overview.model_version),
        model_artifact: texts(overview.model_artifact),
        inference_environment: compact({ container_image: texts(overview.inference_environment.container_image) }),
      }),
      intended_uses: compact(values.intended_uses),
      business_details: compact(values.business_details),
    }) ?? {}
  );
}

export function trainingToContent(values: TWizardValues): Loose {
  const training = values.training_details;
  const job = training.training_job_details;
  return (
    compact({
      training_details: compact({
        objective_function: compact({ function: compact(training.objective_function.function), notes: training.objective_function.notes }),
        training_observations: training.training_observations,
        training_job_details: compact({
          training_arn: job.training_arn,
          training_datasets: texts(job.training_datasets),
          training_environment: compact({ container_image: texts(job.training_environment.container_image) }),
          training_metrics: job.training_metrics.map((metric) => ({
            name: metric.name,
            ...compact({ value: numberOrText(metric.value), notes: metric.notes }),
          })),
          user_provided_training_metrics: values.kept.user_provided_training_metrics,
          hyper_parameters: job.hyper_parameters.map((parameter) => (parameter.value === null ? { name: parameter.name } : { ...parameter })),
          user_provided_hyper_parameters: values.kept.user_provided_hyper_parameters,
        }),
      }),
    }) ?? {}
  );
}

export function evaluationToContent(values: TWizardValues): Loose {
  return compact({ evaluation_details: values.evaluation_details.map(evaluationJobToContent) }) ?? {};
}

export function additionalToContent(values: TWizardValues): Loose {
  const additional = values.additional_information;
  return (
    compact({
      additional_information: compact({
        ethical_considerations: additional.ethical_considerations,
        caveats_and_recommendations: additional.caveats_and_recommendations,
        custom_details: additional.custom_details.length === 0 ? undefined : map(additional.custom_details),
      }),
    }) ?? {}
  );
}

/**
 * The content the form describes, before validation (a number field holding text stays text, so the
 * schema can name it). Section order follows the content schema.
 */
export function formToContent(values: TWizardValues): TModelCardContent {
  return {
    ...detailsToContent(values),
    ...trainingToContent(values),
    ...evaluationToContent(values),
    ...additionalToContent(values),
    ...(values.kept.model_package_details === undefined ? {} : { model_package_details: values.kept.model_package_details }),
  } as TModelCardContent;
}
