// The largest card the PDF tests, the benchmark and the export e2e render: every field a valid card can hold, 10 evaluation jobs with 200 metrics, every chart type, non-Latin text, 5 reviews; deterministic, so every value can be looked for in the output.
import type { TMetricData, TModelCardContent, TRiskRating } from '@/lib/schemas/model-card-content';
import type { ReviewDto, StatusChangeDto, TCardStatus, UserRef, VersionDto } from '@/lib/server/model-cards/card-dto';

export const NON_LATIN = { cyrillic: 'Модель оценки кредитного риска', greek: 'Μοντέλο πιστωτικού κινδύνου' } as const;

const LONG_TEXT =
  'The model ranks retail customers by the probability that they default within twelve months. ' +
  'It is used by the credit committee as one input among several and never as the sole basis for a decision. '.repeat(6) +
  'Outputs are reviewed monthly against realised defaults; drift beyond the agreed tolerance triggers a revalidation.';

/** A deterministic number that looks like a metric: 0.5 to 1 with four decimals. */
function metricValue(job: number, index: number): number {
  return Number((0.5 + (((job + 1) * 7919 + index * 104729) % 5000) / 10000).toFixed(4));
}

function chartMetrics(job: number): TMetricData[] {
  const size = job === 0 ? 20 : 2 + (job % 4);
  const labels = Array.from({ length: size }, (_, index) => `class-${index}`);
  const count = job === 0 ? 200 : 11;
  const points: [number, number][] = Array.from({ length: count }, (_, index) => {
    const x = Number((index / (count - 1)).toFixed(4));
    return [x, Number(Math.min(1, Math.sqrt(x) * (0.9 + job / 100)).toFixed(4))];
  });
  return [
    { name: `roc curve ${job + 1}`, type: 'linear_graph', value: points, x_axis_name: 'false positive rate', y_axis_name: 'true positive rate', notes: 'Receiver operating characteristic on the holdout set.' },
    {
      name: `feature importance ${job + 1}`,
      type: 'bar_chart',
      value: [0.31, -0.12, Number((0.08 + job / 100).toFixed(2)), 0.22, 0.05],
      x_axis_name: ['income', 'age', 'utilisation ratio', 'months on book', 'Доход (Cyrillic)'],
      y_axis_name: 'mean |SHAP|',
    },
    {
      name: `confusion matrix ${job + 1}`,
      type: 'matrix',
      value: labels.map((_, row) => labels.map((__, column) => (row === column ? 900 - row * 7 : ((row + 1) * (column + 3) * (job + 1)) % 37))),
      x_axis_name: labels,
      y_axis_name: labels,
    },
    { name: `threshold ${job + 1}`, type: 'number', value: Number((0.5 + job / 100).toFixed(2)) },
  ];
}

function simpleMetrics(job: number): TMetricData[] {
  return Array.from({ length: 16 }, (_, index): TMetricData => {
    if (index === 14) return { name: `calibrated ${job + 1}`, type: 'boolean', value: job % 2 === 0 };
    if (index === 15) return { name: `threshold policy ${job + 1}`, type: 'string', value: `top decile, job ${job + 1}` };
    return { name: `metric-${job + 1}-${String(index + 1).padStart(2, '0')}`, type: 'number', value: metricValue(job, index), notes: index === 0 ? 'At the 0.5 threshold.' : undefined };
  });
}

export function maximalContent(risk: TRiskRating = 'High'): TModelCardContent {
  return {
    model_overview: {
      model_description: `${LONG_TEXT} ${NON_LATIN.cyrillic}. ${NON_LATIN.greek}.`,
      model_owner: 'Credit Risk Analytics',
      model_creator: 'Retail Credit Modelling Team',
      problem_type: 'Binary Classification',
      algorithm_type: 'Gradient-boosted trees (XGBoost)',
      model_id: 'arn:aws:sagemaker:eu-west-1:111122223333:model/retail-pd-xgb-2026-11',
      model_name: 'retail-pd-xgb',
      model_version: 7,
      model_artifact: ['s3://models/retail-pd/2026-11/model.tar.gz', 's3://models/retail-pd/2026-11/explainer.tar.gz'],
      inference_environment: { container_image: ['111122223333.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1.7-1'] },
    },
    intended_uses: {
      purpose_of_model: 'Estimate the twelve-month probability of default of retail borrowers.',
      intended_uses: 'Credit limit reviews and pricing of unsecured lending. Not for collections or marketing.',
      factors_affecting_model_efficiency: 'Macroeconomic shocks, changes to bureau data, new products.',
      risk_rating: risk,
      explanations_for_risk_rating: 'Outputs influence lending decisions to consumers and regulatory capital.',
    },
    business_details: {
      business_problem: 'Consistent, explainable default estimates across channels.',
      business_stakeholders: 'Credit committee; model risk management; internal audit',
      line_of_business: 'Retail lending',
    },
    training_details: {
      objective_function: { function: { function: 'Minimize', facet: 'Loss', condition: 'binary cross-entropy' }, notes: 'Log loss penalises confident mistakes.' },
      training_observations: 'Converged after 412 boosting rounds; early stopping on the validation fold.',
      training_job_details: {
        training_arn: 'arn:aws:sagemaker:eu-west-1:111122223333:training-job/retail-pd-xgb-2026-11-02-10-15-00',
        training_datasets: ['s3://data/retail-pd/train-2019-2025.parquet', 's3://data/retail-pd/bureau-2025.parquet'],
        training_environment: { container_image: ['111122223333.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1.7-1'] },
        training_metrics: Array.from({ length: 12 }, (_, index) => ({ name: `train:metric-${index + 1}`, value: metricValue(20, index), notes: index === 0 ? 'Final round.' : undefined })),
        user_provided_training_metrics: [{ name: 'holdout:gini', value: 0.6412, notes: 'Computed by validation.' }],
        hyper_parameters: Array.from({ length: 40 }, (_, index) => ({ name: `hyper_parameter_${String(index + 1).padStart(2, '0')}`, value: String(index * 3 + 1) })),
        user_provided_hyper_parameters: [{ name: 'monotone_constraints', value: '(1,-1,1,0,0)' }],
      },
    },
    evaluation_details: Array.from({ length: 10 }, (_, job) => ({
      name: `evaluation-job-${job + 1}`,
      evaluation_observation: job === 0 ? LONG_TEXT : `Observation for evaluation job ${job + 1}: stable across segments.`,
      evaluation_job_arn: `arn:aws:sagemaker:eu-west-1:111122223333:processing-job/retail-pd-eval-${job + 1}`,
      datasets: [`s3://data/retail-pd/holdout-${job + 1}.parquet`],
      metadata: { segment: `segment ${job + 1}`, 'run by': 'model validation' },
      metric_groups: [
        { name: `performance metrics ${job + 1}`, metric_data: simpleMetrics(job) },
        { name: `curves and charts ${job + 1}`, metric_data: chartMetrics(job) },
      ],
    })),
    additional_information: {
      ethical_considerations: `Protected characteristics are excluded; proxies were tested. ${NON_LATIN.greek}.`,
      caveats_and_recommendations: 'Recalibrate after any change to bureau data providers.',
      custom_details: { 'Line of business': 'Personal finance', 'Validation ticket': 'MRM-2026-0412', 'Regulatory reference': 'SS1/23 principle 3' },
    },
    // Every package field but the ARN: a card links to a model (model_id above) or to a package version, not both.
    model_package_details: {
      model_package_description: 'Approved package for the November 2026 release.',
      model_package_group_name: 'retail-pd',
      model_package_name: 'retail-pd-7',
      model_package_version: 7,
      model_package_status: 'Completed',
      model_approval_status: 'PendingManualApproval',
      approval_description: 'Awaiting credit committee.',
      created_by: { user_profile_name: 'validation-bot' },
      domain: 'MACHINE_LEARNING',
      task: 'CLASSIFICATION',
      source_algorithms: [{ algorithm_name: 'xgboost-1-7', model_data_url: 's3://models/retail-pd/2026-11/model.tar.gz' }],
      inference_specification: { containers: [{ image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1.7-1', model_data_url: 's3://models/retail-pd/2026-11/model.tar.gz', nearest_model_name: 'xgboost' }] },
    },
  };
}

const USERS: Record<string, UserRef> = {
  author: { id: 'u-author', name: 'Ann Author', email: 'ann.author@bank.example' },
  r1: { id: 'u-r1', name: 'Rae Reviewer', email: 'rae.reviewer@bank.example' },
  r2: { id: 'u-r2', name: 'Sam Second', email: 'sam.second@bank.example' },
  r3: { id: 'u-r3', name: 'Val Validator', email: 'val.validator@bank.example' },
};

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 9, 0, 0) + minutes * 60_000);

/** The version as getVersion returns it: approved by two reviewers after three rounds of requested changes (5 reviews); `Archived` is that, then retired. */
export function maximalVersion({ status = 'Approved', content = maximalContent() }: { status?: TCardStatus; content?: TModelCardContent } = {}): VersionDto {
  const hash = 'a3f1c9e07b5d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468';
  // Archived: approved, then retired.
  const approved = status === 'Approved' || status === 'Archived';
  const review = (id: string, who: UserRef, decision: ReviewDto['decision'], comment: string, minute: number): ReviewDto => ({ id, version: 3, contentHash: hash, reviewer: who, decision, comment, createdAt: at(minute) });
  const change = (id: string, who: UserRef, fromStatus: TCardStatus | null, toStatus: TCardStatus, minute: number, comment: string | null = null): StatusChangeDto => ({
    id, version: 3, contentHash: hash, fromStatus, toStatus, actor: who, comment, createdAt: at(minute),
  });
  const reviews = [
    review('rv1', USERS.r1, 'ChangesRequested', 'Add the segment-level calibration results.', 30),
    review('rv2', USERS.r2, 'ChangesRequested', 'Document the override process.', 90),
    review('rv3', USERS.r3, 'ChangesRequested', 'Name the validation ticket in custom details.', 150),
    review('rv4', USERS.r1, 'Approved', 'Meets the model risk policy.', 210),
    review('rv5', USERS.r2, 'Approved', 'Second approval for a High risk model.', 240),
  ];
  const changes = [
    change('sc1', USERS.author, 'Draft', 'PendingReview', 10),
    change('sc2', USERS.r1, 'PendingReview', 'Draft', 30, 'Add the segment-level calibration results.'),
    change('sc3', USERS.author, 'Draft', 'PendingReview', 60),
    change('sc4', USERS.r2, 'PendingReview', 'Draft', 90, 'Document the override process.'),
    change('sc5', USERS.author, 'Draft', 'PendingReview', 120),
    change('sc6', USERS.r3, 'PendingReview', 'Draft', 150, 'Name the validation ticket in custom details.'),
    change('sc7', USERS.author, 'Draft', 'PendingReview', 180),
    ...(approved ? [change('sc8', USERS.r2, 'PendingReview', 'Approved', 240, 'Second approval for a High risk model.')] : []),
    ...(status === 'Archived' ? [change('sc9', USERS.author, 'Approved', 'Archived', 300, 'Model retired.')] : []),
  ];
  const card = {
    id: 'card-1', name: 'retail-pd-xgb-card', status, latestVersion: 3, riskRating: content.intended_uses?.risk_rating ?? 'Unknown', modelId: content.model_overview?.model_id ?? null, modelPackageArn: null,
    owner: USERS.author, createdBy: USERS.author, createdAt: at(-600), updatedBy: USERS.r2, updatedAt: at(240), clonedFromName: null, clonedFromVersion: null,
  } satisfies VersionDto['card'];
  return {
    version: 3, contentHash: hash, author: USERS.author, createdAt: at(0), status, card, isLatest: true,
    contentText: JSON.stringify(content), content,
    reviews: approved ? reviews : reviews.slice(0, 3),
    statusChanges: changes,
  };
}

/** A card with one field, as small as a real card gets. */
export function minimalVersion(): VersionDto {
  const content: TModelCardContent = { model_overview: { model_description: 'Predicts churn.' } };
  const base = maximalVersion({ status: 'Draft', content });
  return { ...base, reviews: [], statusChanges: [{ ...base.statusChanges[0], fromStatus: null, toStatus: 'Draft', actor: base.author, createdAt: base.createdAt }] };
}
