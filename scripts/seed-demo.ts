// `npm run seed:demo`: fills a fresh database with a dozen realistic model cards in every status, with versions and reviews, through the real services (so every rule, hash and audit event is the product's own).
// Runs against the database the environment selects (DATABASE_URL, else the embedded one in CARDINAL_DATA_DIR or ./data).
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getDb } from '../lib/server/db';
import type { Actor } from '../lib/server/auth/actor';
import { isAppError } from '../lib/server/errors';
import { parseReport } from '../lib/reports/parse-report';
import type { TMetricGroup, TModelCardContent, TRiskRating } from '../lib/schemas/model-card-content';
import { createCard } from '../lib/server/model-cards/create-card';
import { saveVersion } from '../lib/server/model-cards/save-version';
import { submitForReview } from '../lib/server/model-cards/submit-for-review';
import { approve } from '../lib/server/model-cards/approve';
import { requestChanges } from '../lib/server/model-cards/request-changes';
import { archive } from '../lib/server/model-cards/archive';
import { openDatabaseForSeeding } from './support/embedded-database-owner';
import { ensureAdmin, ensureUser, formatAccounts } from './support/seed-accounts';

const REPORTS_DIR = path.resolve(process.env.CARDINAL_SAGEMAKER_REPORTS ?? '../shared/fixtures/sagemaker-reports');
const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const arn = (kind: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${kind}/${name}`;
const IMAGES = {
  xgboost: `141502667606.dkr.ecr.${REGION}.amazonaws.com/sagemaker-xgboost:1.7-1`,
  sklearn: `141502667606.dkr.ecr.${REGION}.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3`,
  pytorch: `763104351884.dkr.ecr.${REGION}.amazonaws.com/pytorch-training:2.1.0-gpu-py310`,
  deepar: `224300973850.dkr.ecr.${REGION}.amazonaws.com/forecasting-deepar:1`,
};

// ---- Evaluation reports: the real SageMaker fixtures, plus reports in the same formats for the other model types; all go through parseReport.

function realReport(file: string): TMetricGroup[] {
  const full = path.join(REPORTS_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(`The SageMaker report ${full} is missing. Set CARDINAL_SAGEMAKER_REPORTS to the folder holding fixtures/sagemaker-reports.`);
  }
  return parseReport(fs.readFileSync(full, 'utf8')).metric_groups;
}

function parsed(report: unknown): TMetricGroup[] {
  return parseReport(JSON.stringify(report)).metric_groups;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const measured = (value: number, deviation: number | 'NaN' = 'NaN') => ({ value: round(value), standard_deviation: deviation });

/** A Model Monitor binary model-quality report whose every figure follows from one confusion matrix (rows: actual, columns: predicted). */
function binaryQualityReport({ tp, fp, fn, tn }: { tp: number; fp: number; fn: number; tn: number }, auc: number) {
  const total = tp + fp + fn + tn;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f = (beta: number) => ((1 + beta ** 2) * precision * recall) / (beta ** 2 * precision + recall);
  const base = (tp + fn) / total;
  const constant = (beta: number) => ((1 + beta ** 2) * base) / (beta ** 2 * base + 1);
  const curve = [0, 0.02, 0.05, 0.1, 0.2, 0.4, 1];
  const lift = (x: number) => Math.min(1, x === 0 ? 0 : x ** (1 / (1 + 6 * (auc - 0.5))));
  return {
    version: 0.0,
    dataset: { item_count: total, evaluation_time: '2026-09-30T06:00:00.000Z' },
    binary_classification_metrics: {
      confusion_matrix: { '0': { '0': tn, '1': fp }, '1': { '0': fn, '1': tp } },
      recall: measured(recall, 0.004),
      precision: measured(precision, 0.005),
      accuracy: measured((tp + tn) / total, 0.002),
      recall_best_constant_classifier: measured(1),
      precision_best_constant_classifier: measured(base),
      accuracy_best_constant_classifier: measured(1 - base),
      true_positive_rate: measured(recall),
      true_negative_rate: measured(tn / (tn + fp)),
      false_positive_rate: measured(fp / (tn + fp)),
      false_negative_rate: measured(fn / (tp + fn)),
      receiver_operating_characteristic_curve: { false_positive_rates: curve, true_positive_rates: curve.map((x) => round(lift(x))) },
      precision_recall_curve: {
        recalls: [0, 0.25, 0.5, 0.75, 1],
        precisions: [1, round(precision + 0.08), round(precision), round(precision * 0.7), round(base)],
      },
      auc: measured(auc, 0.003),
      f0_5: measured(f(0.5)),
      f1: measured(f(1)),
      f2: measured(f(2)),
      f0_5_best_constant_classifier: measured(constant(0.5)),
      f1_best_constant_classifier: measured(constant(1)),
      f2_best_constant_classifier: measured(constant(2)),
    },
  };
}

function regressionQualityReport(items: number, metrics: { mae: number; rmse: number; r2: number }) {
  return {
    version: 0.0,
    dataset: { item_count: items, evaluation_time: '2026-10-05T04:00:00.000Z' },
    regression_metrics: {
      mae: measured(metrics.mae, round(metrics.mae * 0.02)),
      mse: measured(metrics.rmse ** 2, round(metrics.rmse * 0.05)),
      rmse: measured(metrics.rmse, round(metrics.rmse * 0.01)),
      r2: measured(metrics.r2, 0.004),
    },
  };
}

/** Model Monitor multiclass report from a confusion matrix keyed by actual, then predicted class. */
function multiclassQualityReport(matrix: Record<string, Record<string, number>>) {
  const classes = Object.keys(matrix);
  const total = classes.reduce((sum, actual) => sum + classes.reduce((row, predicted) => row + matrix[actual][predicted], 0), 0);
  const support = (label: string) => classes.reduce((sum, predicted) => sum + matrix[label][predicted], 0);
  const predictedAs = (label: string) => classes.reduce((sum, actual) => sum + matrix[actual][label], 0);
  const weighted = (score: (label: string) => number) => classes.reduce((sum, label) => sum + (score(label) * support(label)) / total, 0);
  const precision = (label: string) => matrix[label][label] / predictedAs(label);
  const recall = (label: string) => matrix[label][label] / support(label);
  const f = (beta: number) => (label: string) => ((1 + beta ** 2) * precision(label) * recall(label)) / (beta ** 2 * precision(label) + recall(label));
  const accuracy = classes.reduce((sum, label) => sum + matrix[label][label], 0) / total;
  const majority = Math.max(...classes.map(support)) / total;
  return {
    version: 0.0,
    dataset: { item_count: total, evaluation_time: '2026-10-12T08:30:00.000Z' },
    multiclass_classification_metrics: {
      confusion_matrix: matrix,
      accuracy: measured(accuracy, 0.003),
      weighted_recall: measured(weighted(recall), 0.003),
      weighted_precision: measured(weighted(precision), 0.003),
      weighted_f0_5: measured(weighted(f(0.5))),
      weighted_f1: measured(weighted(f(1))),
      weighted_f2: measured(weighted(f(2))),
      accuracy_best_constant_classifier: measured(majority),
      weighted_recall_best_constant_classifier: measured(majority),
      weighted_precision_best_constant_classifier: measured(majority ** 2),
      weighted_f1_best_constant_classifier: measured((2 * majority ** 2 * majority) / (majority ** 2 + majority)),
    },
  };
}

/** Clarify explainability (kernel SHAP): global feature attributions for the positive label. */
function shapReport(attributions: Record<string, number>) {
  return { version: '1.0', explanations: { kernel_shap: { label0: { expected_value: 0.27, global_shap_values: attributions } } } };
}

// ---- Content: one SageMaker content document per card, built from a short description.

type Spec = {
  model: string;
  description: string;
  owner: string;
  problem: string;
  algorithm: string;
  image: string;
  risk: TRiskRating;
  riskWhy: string;
  purpose: string;
  uses: string;
  factors: string;
  business: [problem: string, stakeholders: string, line: string];
  objective: [direction: 'Maximize' | 'Minimize', facet: string, condition: string];
  observations: string;
  dataset: string;
  trainingMetrics: [string, number][];
  hyperParameters: [string, string][];
  evaluation?: { name: string; observation: string; dataset: string; groups: TMetricGroup[] };
  ethics: string;
  caveats: string;
  custom: Record<string, string>;
  /** Links the card to a model-package version instead of a model. */
  modelPackage?: { group: string; version: number };
};

function content(spec: Spec): TModelCardContent {
  const job = arn('training-job', `${spec.model}-2026-09-14-0712`);
  return {
    model_overview: {
      model_description: spec.description,
      model_owner: spec.owner,
      model_creator: 'Priya Natarajan, Data Science',
      problem_type: spec.problem,
      algorithm_type: spec.algorithm,
      ...(spec.modelPackage ? {} : { model_id: arn('model', spec.model), model_name: spec.model }),
      model_artifact: [`s3://cardinal-ml-artifacts/${spec.model}/output/model.tar.gz`],
      inference_environment: { container_image: [spec.image] },
    },
    intended_uses: {
      purpose_of_model: spec.purpose,
      intended_uses: spec.uses,
      factors_affecting_model_efficiency: spec.factors,
      risk_rating: spec.risk,
      explanations_for_risk_rating: spec.riskWhy,
    },
    business_details: { business_problem: spec.business[0], business_stakeholders: spec.business[1], line_of_business: spec.business[2] },
    training_details: {
      objective_function: { function: { function: spec.objective[0], facet: spec.objective[1], condition: spec.objective[2] } },
      training_observations: spec.observations,
      training_job_details: {
        training_arn: job,
        training_datasets: [spec.dataset],
        training_environment: { container_image: [spec.image] },
        training_metrics: spec.trainingMetrics.map(([name, value]) => ({ name, value })),
        hyper_parameters: spec.hyperParameters.map(([name, value]) => ({ name, value })),
      },
    },
    ...(spec.evaluation
      ? {
          evaluation_details: [
            {
              name: spec.evaluation.name,
              evaluation_observation: spec.evaluation.observation,
              evaluation_job_arn: arn('processing-job', `${spec.evaluation.name}-eval`),
              datasets: [spec.evaluation.dataset],
              metadata: { evaluated_by: 'Model Validation', framework_version: 'sagemaker-model-monitor 1.0' },
              metric_groups: spec.evaluation.groups,
            },
          ],
        }
      : {}),
    additional_information: { ethical_considerations: spec.ethics, caveats_and_recommendations: spec.caveats, custom_details: spec.custom },
    ...(spec.modelPackage
      ? {
          model_package_details: {
            model_package_arn: arn('model-package', `${spec.modelPackage.group}/${spec.modelPackage.version}`),
            model_package_group_name: spec.modelPackage.group,
            model_package_version: spec.modelPackage.version,
            model_package_status: 'Completed' as const,
            model_approval_status: 'PendingManualApproval' as const,
          },
        }
      : {}),
  };
}

// ---- The cards and what happens to each: a list of steps through the services.

type Who = 'author' | 'reviewer1' | 'reviewer2' | 'admin';
type Step =
  { save: Partial<Spec>; by?: Who } | { submit: string } | { changes: string; by: Who } | { approve: string; by: Who } | { archive: string; by?: Who };
type DemoCard = { name: string; spec: Spec; steps: Step[] };

function demoCards(): DemoCard[] {
  const creditBias = realReport('clarify_bias.json');
  const creditQuality = realReport('model_monitor_model_quality_binary_classification.json');
  const xgb = (depth: number, eta: number, rounds: number): [string, string][] => [
    ['max_depth', String(depth)],
    ['eta', String(eta)],
    ['num_round', String(rounds)],
    ['subsample', '0.8'],
    ['objective', 'binary:logistic'],
  ];
  const fraudQuality = (tp: number, fp: number) => parsed(binaryQualityReport({ tp, fp, fn: 412 - tp, tn: 98_000 - fp }, 0.962));
  const churnQuality = parsed(binaryQualityReport({ tp: 1_840, fp: 1_210, fn: 760, tn: 16_190 }, 0.874));
  const churnShap = parsed(
    shapReport({ tenure_months: 0.112, monthly_charges: 0.083, support_calls_90d: 0.071, contract_type: 0.064, data_usage_trend: 0.029 }),
  );
  const documents = (invoiceHits: number) =>
    parsed(
      multiclassQualityReport({
        invoice: { invoice: invoiceHits, receipt: 31, purchase_order: 22, contract: 4 },
        receipt: { invoice: 40, receipt: 1_730, purchase_order: 9, contract: 1 },
        purchase_order: { invoice: 35, receipt: 6, purchase_order: 1_402, contract: 12 },
        contract: { invoice: 5, receipt: 0, purchase_order: 18, contract: 884 },
      }),
    );
  const common = { owner: 'Risk Analytics', image: IMAGES.xgboost, problem: 'Binary Classification', algorithm: 'XGBoost' };

  return [
    {
      name: 'credit-risk-scorecard-retail',
      spec: {
        ...common,
        model: 'credit-risk-scorecard-retail',
        description: 'Probability of default within 12 months for retail unsecured lending applications.',
        risk: 'High',
        riskWhy: 'Drives credit decisions for consumers; in scope of the model-risk policy and fair-lending review.',
        purpose: 'Score new personal-loan and credit-card applications for probability of default.',
        uses: 'Real-time scoring at application; decisions above the cut-off go to manual underwriting.',
        factors: 'Macro-economic shifts, changes in bureau data coverage, new product terms.',
        business: [
          'Keep 12-month default losses within appetite while approving good applicants.',
          'Retail Credit Risk, Underwriting, Compliance',
          'Retail lending',
        ],
        objective: ['Minimize', 'Loss', 'binary cross-entropy on 12-month default flag'],
        observations: 'Early stopping at round 412; no overfitting between train and validation AUC.',
        dataset: 's3://cardinal-ml-data/credit/applications-2019-2025/train.parquet',
        trainingMetrics: [
          ['train:auc', 0.812],
          ['validation:auc', 0.794],
          ['validation:logloss', 0.281],
        ],
        hyperParameters: xgb(5, 0.05, 412),
        ethics: 'Gender and age are excluded as features; bias is measured on them post-training (Clarify).',
        caveats: 'Not validated for thin-file applicants (fewer than 2 bureau trades). Recalibrate if the approval rate moves by more than 5 points.',
        custom: { 'Model risk tier': 'Tier 1', 'Validation ticket': 'MRM-2291', 'Regulatory scope': 'CRR IRB, Consumer Duty' },
      },
      steps: [
        {
          save: {
            evaluation: {
              name: 'holdout-2025q4',
              observation: 'Holdout of 2025 Q4 applications; AD within tolerance.',
              dataset: 's3://cardinal-ml-data/credit/holdout-2025q4.parquet',
              groups: [...creditQuality, ...creditBias],
            },
          },
        },
        { submit: 'Ready for validation: holdout results and Clarify bias report attached.' },
        { changes: 'Please document the treatment of thin-file applicants and the recalibration trigger.', by: 'reviewer1' },
        {
          save: {
            caveats:
              'Not validated for thin-file applicants (fewer than 2 bureau trades): these go to manual underwriting. Recalibrate quarterly, or when the approval rate moves by more than 5 points.',
          },
        },
        { submit: 'Thin-file treatment and recalibration trigger documented.' },
        { approve: 'Validation complete; performance and bias within policy.', by: 'reviewer1' },
        { approve: 'Second-line approval (High risk).', by: 'reviewer2' },
      ],
    },
    {
      name: 'card-fraud-detection-realtime',
      spec: {
        ...common,
        owner: 'Fraud Strategy',
        model: 'card-fraud-detection-realtime',
        description: 'Scores card-present and card-not-present authorisations for fraud in under 30 ms.',
        risk: 'High',
        riskWhy: 'Declines customer transactions in real time; false positives block legitimate spending.',
        purpose: 'Flag likely fraudulent card authorisations for decline or step-up authentication.',
        uses: 'Online scoring in the authorisation path; scores above 0.92 decline, 0.7–0.92 trigger 3-D Secure.',
        factors: 'New fraud patterns, merchant mix, holiday seasons.',
        business: ['Reduce fraud losses without raising false declines.', 'Fraud Operations, Cards Product', 'Cards'],
        objective: ['Maximize', 'AUC', 'area under the precision-recall curve'],
        observations: 'Class imbalance handled with scale_pos_weight=180.',
        dataset: 's3://cardinal-ml-data/fraud/authorisations-2025/train.parquet',
        trainingMetrics: [
          ['train:aucpr', 0.781],
          ['validation:aucpr', 0.742],
        ],
        hyperParameters: [...xgb(8, 0.1, 650), ['scale_pos_weight', '180']],
        evaluation: {
          name: 'fraud-oot-2026-08',
          observation: 'Out-of-time sample, August 2026.',
          dataset: 's3://cardinal-ml-data/fraud/oot-2026-08.parquet',
          groups: fraudQuality(331, 240),
        },
        ethics: 'No demographic features; merchant category and geography are monitored for disparate decline rates.',
        caveats: 'Retrain monthly. Thresholds are tuned for EU card schemes only.',
        custom: { 'Model risk tier': 'Tier 1', 'Latency budget': '30 ms p99' },
      },
      steps: [
        {
          save: {
            evaluation: {
              name: 'fraud-oot-2026-09',
              observation: 'Out-of-time sample, September 2026, after the feature refresh.',
              dataset: 's3://cardinal-ml-data/fraud/oot-2026-09.parquet',
              groups: fraudQuality(348, 215),
            },
          },
        },
        { submit: 'September retrain; precision up 3 points at the same recall.' },
        { approve: 'Approved from model validation. Waiting for the second reviewer (High risk).', by: 'reviewer1' },
      ],
    },
    {
      name: 'customer-churn-telco',
      spec: {
        ...common,
        owner: 'Customer Analytics',
        model: 'customer-churn-telco',
        description: 'Predicts which mobile subscribers will cancel within 90 days.',
        risk: 'Medium',
        riskWhy: 'Decides who receives retention offers; no effect on price or eligibility.',
        purpose: 'Rank subscribers for the retention team.',
        uses: 'Weekly batch scoring of active postpaid subscribers.',
        factors: 'Competitor promotions, handset launch cycles.',
        business: ['Reduce voluntary churn.', 'Retention marketing, Finance', 'Consumer mobile'],
        objective: ['Minimize', 'Loss', 'log loss'],
        observations: 'Converged after 220 rounds.',
        dataset: 's3://cardinal-ml-data/churn/subscribers-2025/train.csv',
        trainingMetrics: [
          ['train:auc', 0.901],
          ['validation:auc', 0.871],
        ],
        hyperParameters: xgb(6, 0.08, 220),
        evaluation: {
          name: 'churn-holdout-2026-q3',
          observation: 'Stable across regions; SHAP shows tenure as the main driver.',
          dataset: 's3://cardinal-ml-data/churn/holdout-2026q3.csv',
          groups: [...churnQuality, ...churnShap],
        },
        ethics: 'Offers must not depend on protected attributes; age band is excluded.',
        caveats: 'Retrain quarterly.',
        custom: { 'Line of business': 'Consumer mobile', ticket: 'GOV-142' },
      },
      steps: [{ submit: 'Quarterly retrain.' }, { approve: 'Lift and stability as expected.', by: 'reviewer2' }],
    },
    {
      name: 'retail-demand-forecast-weekly',
      spec: {
        ...common,
        owner: 'Supply Chain Analytics',
        model: 'retail-demand-forecast-weekly',
        description: 'Weekly unit demand per store and SKU, 12 weeks ahead.',
        problem: 'Regression',
        algorithm: 'DeepAR',
        image: IMAGES.deepar,
        risk: 'Medium',
        riskWhy: 'Drives replenishment orders; errors cost stock-outs or waste, not customer harm.',
        purpose: 'Forecast demand for automated replenishment.',
        uses: 'Weekly batch run feeding the replenishment system.',
        factors: 'Promotions, weather, public holidays, new store openings.',
        business: ['Cut stock-outs and fresh-food waste.', 'Supply chain, Store operations', 'Grocery retail'],
        objective: ['Minimize', 'RMSE', 'weighted quantile loss at P10/P50/P90'],
        observations: 'Holiday weeks under-forecast before the calendar features were added.',
        dataset: 's3://cardinal-ml-data/demand/sales-2022-2026/train/',
        trainingMetrics: [
          ['train:mean_wQuantileLoss', 0.118],
          ['test:RMSE', 14.2],
        ],
        hyperParameters: [
          ['context_length', '52'],
          ['prediction_length', '12'],
          ['epochs', '120'],
          ['num_layers', '3'],
          ['learning_rate', '0.001'],
        ],
        ethics: 'No personal data.',
        caveats: 'New stores need 8 weeks of history.',
        custom: { ticket: 'SCM-88' },
      },
      steps: [
        {
          save: {
            evaluation: {
              name: 'demand-backtest-2026',
              observation: 'Rolling-origin backtest over 26 weeks.',
              dataset: 's3://cardinal-ml-data/demand/backtest-2026/',
              groups: parsed(regressionQualityReport(48_210, { mae: 9.8, rmse: 14.6, r2: 0.83 })),
            },
          },
        },
        {
          save: {
            hyperParameters: [
              ['context_length', '52'],
              ['prediction_length', '12'],
              ['epochs', '160'],
              ['num_layers', '3'],
              ['learning_rate', '0.0008'],
            ],
            observations: 'Calendar and weather features added; holiday bias fixed.',
          },
        },
        {
          save: {
            evaluation: {
              name: 'demand-backtest-2026',
              observation: 'Rolling-origin backtest over 26 weeks, after the calendar features.',
              dataset: 's3://cardinal-ml-data/demand/backtest-2026/',
              groups: parsed(regressionQualityReport(48_210, { mae: 8.9, rmse: 13.1, r2: 0.86 })),
            },
          },
        },
      ],
    },
    {
      name: 'invoice-document-classifier',
      spec: {
        ...common,
        owner: 'Finance Operations',
        model: 'invoice-document-classifier',
        description: 'Classifies scanned accounts-payable documents as invoice, receipt, purchase order or contract.',
        problem: 'Multiclass Classification',
        algorithm: 'Fine-tuned LayoutLMv3',
        image: IMAGES.pytorch,
        risk: 'Low',
        riskWhy: 'Routes documents to queues; every document is still handled by a person.',
        purpose: 'Route incoming documents to the right processing queue.',
        uses: 'Runs on each scanned document on arrival.',
        factors: 'Scan quality, new supplier templates, languages other than English and German.',
        business: ['Shorten accounts-payable processing time.', 'Finance Operations', 'Shared services'],
        objective: ['Minimize', 'Loss', 'cross-entropy'],
        observations: 'Three epochs suffice; later epochs overfit.',
        dataset: 's3://cardinal-ml-data/documents/ap-scans-2025/train/',
        trainingMetrics: [
          ['train:accuracy', 0.972],
          ['validation:accuracy', 0.948],
        ],
        hyperParameters: [
          ['epochs', '3'],
          ['learning_rate', '2e-5'],
          ['batch_size', '16'],
          ['max_seq_length', '512'],
        ],
        evaluation: {
          name: 'ap-documents-2026-09',
          observation: 'Four-class holdout of 6,000 documents.',
          dataset: 's3://cardinal-ml-data/documents/holdout-2026-09/',
          groups: documents(1_420),
        },
        ethics: 'Documents may contain personal data; the model stores none of it.',
        caveats: 'Contracts in French are often read as purchase orders.',
        custom: { ticket: 'FIN-311' },
      },
      steps: [{ submit: 'First release.' }, { approve: 'Low risk, human in the loop. Approved.', by: 'reviewer1' }],
    },
    {
      name: 'aml-transaction-monitoring',
      spec: {
        ...common,
        owner: 'Financial Crime Compliance',
        model: 'aml-transaction-monitoring',
        description: 'Prioritises anti-money-laundering alerts for investigation.',
        risk: 'High',
        riskWhy: 'Regulatory obligation; a missed alert can mean an unreported suspicious activity.',
        purpose: 'Rank AML alerts so investigators see the riskiest first.',
        uses: 'Daily batch over alerts raised by the rules engine.',
        factors: 'Rule changes upstream, new payment rails.',
        business: ['Find more true suspicious activity with the same investigation capacity.', 'Financial Crime, Compliance', 'Group compliance'],
        objective: ['Maximize', 'AUC', 'recall at top 20% of alerts'],
        observations: 'Labels come from closed investigations, 2021-2025.',
        dataset: 's3://cardinal-ml-data/aml/alerts-2021-2025/train.parquet',
        trainingMetrics: [['validation:auc', 0.861]],
        hyperParameters: xgb(7, 0.05, 540),
        ethics: 'Nationality is excluded; outcomes are monitored by customer segment.',
        caveats: 'Must never suppress an alert: it reorders the queue only.',
        custom: { 'Model risk tier': 'Tier 1', 'Regulatory scope': 'AMLD6' },
      },
      steps: [
        {
          save: {
            evaluation: {
              name: 'aml-backtest-2025',
              observation: 'Backtest on 2025 alerts.',
              dataset: 's3://cardinal-ml-data/aml/backtest-2025.parquet',
              groups: parsed(binaryQualityReport({ tp: 611, fp: 4_020, fn: 97, tn: 45_272 }, 0.861)),
            },
          },
        },
        { submit: 'Backtest attached.' },
        { changes: 'Show recall by customer segment and explain the label lag of closed investigations.', by: 'reviewer2' },
      ],
    },
    {
      name: 'insurance-claims-triage',
      spec: {
        ...common,
        owner: 'Claims Analytics',
        model: 'insurance-claims-triage',
        description: 'Routes motor claims to fast-track, standard or specialist handling.',
        problem: 'Multiclass Classification',
        algorithm: 'LightGBM',
        risk: 'Medium',
        riskWhy: 'Affects how fast a claim is paid; no claim is declined by the model.',
        purpose: 'Triage first notification of loss.',
        uses: 'Online, at first notification of loss.',
        factors: 'Weather events cause claim surges with unusual mixes.',
        business: ['Pay simple claims faster.', 'Claims, Customer service', 'Motor insurance'],
        objective: ['Minimize', 'Loss', 'multiclass log loss'],
        observations: 'Class weights balance the rare specialist class.',
        dataset: 's3://cardinal-ml-data/claims/fnol-2023-2026/train.parquet',
        trainingMetrics: [['validation:multi_logloss', 0.412]],
        hyperParameters: [
          ['num_leaves', '63'],
          ['learning_rate', '0.05'],
          ['n_estimators', '800'],
        ],
        ethics: 'Postcode is coarsened to district to limit proxy discrimination.',
        caveats: 'Review after any major weather event.',
        custom: { ticket: 'CLM-57' },
      },
      steps: [{ submit: 'Ready for review.' }],
    },
    {
      name: 'mortgage-prepayment-model',
      spec: {
        ...common,
        owner: 'Treasury Analytics',
        model: 'mortgage-prepayment-model',
        description: 'Monthly conditional prepayment rate of the fixed-rate mortgage book.',
        problem: 'Regression',
        algorithm: 'Gradient boosted trees',
        risk: 'Medium',
        riskWhy: 'Feeds hedging of interest-rate risk; reviewed monthly by ALCO.',
        purpose: 'Project prepayments for interest-rate hedging.',
        uses: 'Monthly batch.',
        factors: 'Rate moves, refinancing incentives, housing turnover.',
        business: ['Hedge the mortgage book accurately.', 'Treasury, ALCO', 'Mortgages'],
        objective: ['Minimize', 'RMSE', 'squared error on monthly CPR'],
        observations: 'Superseded by the 2026 survival model.',
        dataset: 's3://cardinal-ml-data/mortgage/loan-months-2015-2024/',
        trainingMetrics: [['validation:rmse', 0.0041]],
        hyperParameters: [
          ['max_depth', '6'],
          ['eta', '0.1'],
          ['num_round', '300'],
        ],
        evaluation: {
          name: 'cpr-backtest-2024',
          observation: 'Backtest over 2024.',
          dataset: 's3://cardinal-ml-data/mortgage/backtest-2024/',
          groups: parsed(regressionQualityReport(120, { mae: 0.0031, rmse: 0.0042, r2: 0.71 })),
        },
        ethics: 'Portfolio-level model; no individual decisions.',
        caveats: 'Retired in October 2026.',
        custom: { 'Replaced by': 'mortgage-prepayment-survival' },
      },
      steps: [{ submit: 'Annual review.' }, { approve: 'Annual review passed.', by: 'reviewer2' }, { archive: 'Retired: replaced by the survival model.' }],
    },
    {
      name: 'support-ticket-routing',
      spec: {
        ...common,
        owner: 'Customer Service Technology',
        model: 'support-ticket-routing',
        description: 'Assigns incoming support emails to one of 14 queues.',
        problem: 'Text Classification',
        algorithm: 'DistilBERT',
        image: IMAGES.pytorch,
        risk: 'Low',
        riskWhy: 'Misrouted tickets are re-queued by agents.',
        purpose: 'Route support emails.',
        uses: 'On arrival of each email.',
        factors: 'New products, seasonal topics.',
        business: ['Answer customers faster.', 'Customer service', 'Digital channels'],
        objective: ['Minimize', 'Loss', 'cross-entropy'],
        observations: 'First draft; evaluation pending.',
        dataset: 's3://cardinal-ml-data/support/emails-2025/train.jsonl',
        trainingMetrics: [['validation:accuracy', 0.884]],
        hyperParameters: [
          ['epochs', '4'],
          ['learning_rate', '3e-5'],
          ['batch_size', '32'],
        ],
        ethics: 'Emails are pseudonymised before training.',
        caveats: 'Evaluation still to be run.',
        custom: { ticket: 'CS-19' },
        modelPackage: { group: 'support-ticket-routing', version: 1 },
      },
      steps: [],
    },
    {
      name: 'marketing-uplift-model',
      spec: {
        ...common,
        owner: 'Marketing Science',
        model: 'marketing-uplift-model',
        description: 'Estimates the uplift of a savings-account campaign per customer.',
        problem: 'Uplift modelling',
        algorithm: 'Two-model T-learner (XGBoost)',
        risk: 'Low',
        riskWhy: 'Chooses who gets a marketing email; opt-outs are respected upstream.',
        purpose: 'Target the campaign at persuadable customers.',
        uses: 'Before each monthly campaign.',
        factors: 'Interest-rate changes alter the baseline.',
        business: ['Spend the campaign budget where it changes behaviour.', 'Marketing', 'Retail banking'],
        objective: ['Maximize', 'AUC', 'Qini coefficient'],
        observations: 'Randomised control group of 10%.',
        dataset: 's3://cardinal-ml-data/marketing/campaigns-2025/',
        trainingMetrics: [['validation:qini', 0.062]],
        hyperParameters: xgb(4, 0.1, 200),
        ethics: 'Vulnerable customers are excluded before scoring.',
        caveats: 'Uplift estimates are noisy below 1,000 customers per segment.',
        custom: { ticket: 'MKT-204' },
      },
      steps: [
        { submit: 'Campaign of October.' },
        { approve: 'Approved for the October campaign.', by: 'reviewer1' },
        {
          save: {
            caveats: 'Uplift estimates are noisy below 1,000 customers per segment. November: control group raised to 15%.',
            trainingMetrics: [['validation:qini', 0.071]],
          },
        },
      ],
    },
    {
      name: 'legacy-fraud-rules-ml-v1',
      spec: {
        ...common,
        owner: 'Fraud Strategy',
        model: 'legacy-fraud-rules-ml-v1',
        description: 'First machine-learned fraud score, used alongside the rules engine from 2021.',
        algorithm: 'Logistic regression',
        image: IMAGES.sklearn,
        risk: 'High',
        riskWhy: 'Declined transactions in real time.',
        purpose: 'Fraud scoring (legacy).',
        uses: 'Replaced by card-fraud-detection-realtime.',
        factors: 'n/a (retired)',
        business: ['Reduce fraud losses.', 'Fraud Operations', 'Cards'],
        objective: ['Minimize', 'Loss', 'log loss'],
        observations: 'Kept for audit.',
        dataset: 's3://cardinal-ml-data/fraud/authorisations-2020/train.parquet',
        trainingMetrics: [['validation:auc', 0.902]],
        hyperParameters: [
          ['C', '0.5'],
          ['penalty', 'l2'],
        ],
        evaluation: {
          name: 'fraud-oot-2021',
          observation: 'Out-of-time sample, 2021.',
          dataset: 's3://cardinal-ml-data/fraud/oot-2021.parquet',
          groups: fraudQuality(262, 610),
        },
        ethics: 'No demographic features.',
        caveats: 'Retired; kept for the audit trail.',
        custom: { 'Model risk tier': 'Tier 1' },
      },
      steps: [
        { submit: 'Final version for the record.' },
        { approve: 'Approved.', by: 'reviewer1' },
        { approve: 'Approved (second reviewer).', by: 'reviewer2' },
        { archive: 'Retired after the real-time model went live.', by: 'admin' },
      ],
    },
    {
      name: 'energy-load-forecast',
      spec: {
        ...common,
        owner: 'Facilities',
        model: 'energy-load-forecast',
        description: 'Hourly electricity load of the three data centres, 48 hours ahead.',
        problem: 'Regression',
        algorithm: 'Prophet',
        image: IMAGES.sklearn,
        risk: 'Unknown',
        riskWhy: 'Not assessed yet.',
        purpose: 'Plan energy purchases.',
        uses: 'Daily forecast.',
        factors: 'Temperature, workload migrations.',
        business: ['Buy energy ahead at lower prices.', 'Facilities, Procurement', 'Corporate'],
        objective: ['Minimize', 'MAE', 'absolute error in kWh'],
        observations: 'Prototype.',
        dataset: 's3://cardinal-ml-data/energy/load-2024-2026.csv',
        trainingMetrics: [['validation:mape', 0.061]],
        hyperParameters: [
          ['changepoint_prior_scale', '0.05'],
          ['seasonality_mode', 'multiplicative'],
        ],
        evaluation: {
          name: 'load-backtest-2026-q3',
          observation: 'Backtest over Q3 2026.',
          dataset: 's3://cardinal-ml-data/energy/backtest-2026q3.csv',
          groups: parsed(regressionQualityReport(2_208, { mae: 41.2, rmse: 57.9, r2: 0.91 })),
        },
        ethics: 'No personal data.',
        caveats: 'Prototype; risk rating to be assessed.',
        custom: { ticket: 'FAC-7' },
      },
      steps: [{ save: { observations: 'Prototype; temperature forecast added as a regressor.', trainingMetrics: [['validation:mape', 0.048]] } }],
    },
  ];
}

// ---- Running it.

function fail(message: string): never {
  console.error(`\nseed:demo: ${message}\n`);
  process.exit(1);
}

const { mode, where } = await openDatabaseForSeeding(fail);

let cards: DemoCard[];
try {
  cards = demoCards();
} catch (error) {
  fail((error as Error).message);
}

const db = getDb();
const existing = await db.modelCard.count();
if (existing > 0) {
  await closeDb();
  fail(
    `${where} already has ${existing.toLocaleString('en-US')} model card(s); the demo seed fills a fresh database only and changes nothing here.\n` +
      (mode.kind === 'embedded'
        ? 'Point it at a new one, e.g. CARDINAL_DATA_DIR=./demo-data npm run seed:demo, then start the server with the same CARDINAL_DATA_DIR.'
        : 'Point DATABASE_URL at an empty database (created with CREATE DATABASE) and run it again.'),
  );
}

console.log(`Seeding ${where} …`);
const started = Date.now();
try {
  const admin = await ensureAdmin();
  const author = await ensureUser(admin.actor, { name: 'Priya Natarajan', email: 'priya.natarajan@example.com', roles: ['author'] }, 'author');
  const reviewer1 = await ensureUser(
    admin.actor,
    { name: 'Marcus Oyelaran', email: 'marcus.oyelaran@example.com', roles: ['reviewer'] },
    'reviewer (model validation)',
  );
  const reviewer2 = await ensureUser(admin.actor, { name: 'Elena Fischer', email: 'elena.fischer@example.com', roles: ['reviewer'] }, 'reviewer (second line)');
  const auditor = await ensureUser(admin.actor, { name: 'Tomás Rivera', email: 'tomas.rivera@example.com', roles: ['auditor'] }, 'auditor');
  const people: Record<Who, Actor> = { author: author.actor, reviewer1: reviewer1.actor, reviewer2: reviewer2.actor, admin: admin.actor };

  for (const card of cards) {
    let spec = card.spec;
    const saved = await createCard({ actor: people.author, name: card.name, content: content(spec) });
    const cardId = saved.card.id;
    let version = saved.version;
    let status: string = saved.card.status;
    for (const step of card.steps) {
      if ('save' in step) {
        spec = { ...spec, ...step.save };
        const next = await saveVersion({ actor: people[step.by ?? 'author'], cardId, baseVersion: version, content: content(spec) });
        ({ version } = next);
        status = next.card.status;
      } else if ('submit' in step) {
        status = (await submitForReview({ actor: people.author, cardId, comment: step.submit })).status;
      } else if ('changes' in step) {
        status = (await requestChanges({ actor: people[step.by], cardId, version, comment: step.changes })).status;
      } else if ('approve' in step) {
        status = (await approve({ actor: people[step.by], cardId, version, comment: step.approve })).card.status;
      } else {
        status = (await archive({ actor: people[step.by ?? 'author'], cardId, comment: step.archive })).status;
      }
    }
    console.log(`  ${card.name.padEnd(32)} ${status.padEnd(13)} ${spec.risk.padEnd(7)} v${version}`);
  }

  const versions = await db.modelCardVersion.count();
  const reviews = await db.review.count();
  console.log(`\n${cards.length} model cards, ${versions} versions and ${reviews} review decisions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log('\nSign in with (passwords are shown only now):');
  console.log(formatAccounts([admin, author, reviewer1, reviewer2, auditor]));
} catch (error) {
  await closeDb();
  fail(isAppError(error) ? `${error.code}: ${error.message}` : ((error as Error).stack ?? String(error)));
}
await closeDb();
