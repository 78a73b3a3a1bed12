// Test content of a chosen JSON size, valid under ZModelCardContent and the same for the same seed, so size-dependent tests and benchmarks are repeatable.
import type { TMetricData, TMetricGroup, TModelCardContent } from '../../schemas/model-card-content';

/** mulberry32: tiny, seedable, and identical on every platform, unlike Math.random. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METRICS_PER_GROUP = 25;
const GROUPS_PER_JOB = 4;
const CAVEATS_MAX_CHARS = 2048;

function makeMetric(random: () => number, index: number): TMetricData {
  const score = () => Math.round(random() * 10_000) / 10_000;
  const name = `metric ${index}`;
  switch (index % 6) {
    case 0:
      return { name, type: 'number', value: score(), notes: `measured on slice ${index}` };
    case 1:
      return { name, type: 'string', value: `band ${Math.floor(random() * 10)}` };
    case 2:
      return { name, type: 'boolean', value: random() < 0.5 };
    case 3: {
      const points = Array.from({ length: 6 }, (_, i) => [i / 5, score()] as [number, number]);
      return { name, type: 'linear_graph', value: points, x_axis_name: 'threshold', y_axis_name: 'recall' };
    }
    case 4:
      return {
        name,
        type: 'bar_chart',
        value: [score(), score(), score(), score()],
        x_axis_name: ['low', 'mid', 'high', 'top'],
        y_axis_name: 'share',
      };
    default:
      return {
        name,
        type: 'matrix',
        value: [0, 1, 2].map(() => [0, 1, 2].map(() => Math.floor(random() * 1000))),
        x_axis_name: ['a', 'b', 'c'],
        y_axis_name: ['a', 'b', 'c'],
      };
  }
}

function makeBase(random: () => number, seed: number): TModelCardContent {
  return {
    model_overview: {
      model_description: `Synthetic model ${seed} for size tests.`,
      model_owner: 'risk-team',
      problem_type: 'Binary Classification',
      algorithm_type: 'XGBoost',
      model_id: `arn:aws:sagemaker:us-east-1:111122223333:model/large-${seed}`,
      model_name: `large-${seed}`,
      model_version: 1 + Math.floor(random() * 9),
      model_artifact: ['s3://models/large/a.tar.gz', 's3://models/large/b.tar.gz', 's3://models/large/c.tar.gz'],
      inference_environment: { container_image: ['123456789012.dkr.ecr.us-east-1.amazonaws.com/xgb:1.7-1'] },
    },
    intended_uses: {
      purpose_of_model: 'Exercise diffs and hashes on large documents.',
      risk_rating: 'Medium',
      explanations_for_risk_rating: 'Synthetic.',
    },
    business_details: { business_problem: 'None; test data.', line_of_business: 'Testing' },
    training_details: {
      objective_function: { function: { function: 'Minimize', facet: 'Loss' }, notes: 'log loss' },
      training_observations: 'Converged.',
      training_job_details: {
        training_arn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/large-${seed}`,
        training_datasets: ['s3://data/train.csv', 's3://data/validation.csv'],
        training_metrics: Array.from({ length: 10 }, (_, i) => ({ name: `train:metric_${i}`, value: Math.round(random() * 1000) / 1000 })),
        hyper_parameters: Array.from({ length: 20 }, (_, i) => ({ name: `param_${i}`, value: String(Math.floor(random() * 100)) })),
      },
    },
    evaluation_details: [],
    additional_information: {
      ethical_considerations: 'None identified.',
      caveats_and_recommendations: '',
      custom_details: { 'Line of business': 'Testing', ticket: `GOV-${seed}` },
    },
    model_package_details: { model_package_group_name: 'large', model_package_version: 1, model_package_status: 'Completed' },
  };
}

const size = (content: TModelCardContent) => JSON.stringify(content).length;

/** Appends one metric, opening a new group or job when the current one is full. */
function addMetric(jobs: NonNullable<TModelCardContent['evaluation_details']>, metric: TMetricData): void {
  let job = jobs.at(-1);
  const full = (group: TMetricGroup | undefined) => group === undefined || group.metric_data.length === METRICS_PER_GROUP;
  if (!job || (job.metric_groups!.length === GROUPS_PER_JOB && full(job.metric_groups!.at(-1)))) {
    const n = jobs.length;
    job = { name: `evaluation job ${n}`, datasets: [`s3://data/eval-${n}.csv`], metadata: { 'run id': String(n) }, metric_groups: [] };
    jobs.push(job);
  }
  const groups = job.metric_groups!;
  let group = groups.at(-1);
  if (!group || full(group)) {
    group = { name: `group ${groups.length}`, metric_data: [] };
    groups.push(group);
  }
  group.metric_data.push(metric);
}

function removeLastMetric(jobs: NonNullable<TModelCardContent['evaluation_details']>): void {
  const groups = jobs.at(-1)!.metric_groups!;
  groups.at(-1)!.metric_data.pop();
  if (groups.at(-1)!.metric_data.length === 0) groups.pop();
  if (groups.length === 0) jobs.pop();
}

/**
 * Evaluation jobs of GROUPS_PER_JOB groups of METRICS_PER_GROUP metrics (each metric type in
 * turn, names unique in their group) are added while they fit, then
 * `caveats_and_recommendations` takes up the rest, so the JSON.stringify length is exactly
 * `targetChars` whenever the target is above the fixed part.
 */
export function makeLargeContent(targetChars: number, seed: number): TModelCardContent {
  const random = randomSource(seed);
  const content = makeBase(random, seed);
  const jobs = content.evaluation_details!;
  let metricIndex = 0;
  // Measuring after every metric would be quadratic; batches overshoot by little and are trimmed back.
  while (size(content) <= targetChars - CAVEATS_MAX_CHARS / 2) {
    for (let i = 0; i < 20; i++) addMetric(jobs, makeMetric(random, metricIndex++));
  }
  while (jobs.length > 0 && size(content) > targetChars) removeLastMetric(jobs);
  const gap = targetChars - size(content);
  content.additional_information!.caveats_and_recommendations = 'x'.repeat(Math.min(Math.max(gap, 0), CAVEATS_MAX_CHARS));
  return content;
}
