// A card with every field filled in (and free text that tries to be markup), for the document and diff tests.
import type { TModelCardContent } from '@/lib/schemas/model-card-content';

export const MAXIMAL_CARD: TModelCardContent = {
  model_overview: {
    model_description: 'Predicts which customers will cancel within 90 days.\nUsed by the retention team to prioritise outreach.',
    model_owner: 'Retention analytics',
    model_creator: 'Data Science Guild',
    problem_type: 'Binary Classification',
    algorithm_type: 'XGBoost',
    model_id: 'arn:aws:sagemaker:eu-west-1:111122223333:model/churn-xgb-2026-11',
    model_name: 'churn-xgb',
    model_version: 3,
    model_artifact: ['s3://models/churn/2026-11/model.tar.gz', 's3://models/churn/2026-11/calibration.tar.gz'],
    inference_environment: { container_image: ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1.7-1'] },
  },
  intended_uses: {
    purpose_of_model: 'Rank active subscribers by churn risk.',
    intended_uses: 'Weekly batch scoring of consumer accounts.\nNot for credit or pricing decisions.',
    factors_affecting_model_efficiency: 'Seasonal promotions shift the base rate.',
    risk_rating: 'High',
    explanations_for_risk_rating: 'Outreach decisions affect customers directly <script>alert("x")</script>.',
  },
  business_details: {
    business_problem: 'Churn costs 4% of revenue a year.',
    business_stakeholders: 'Retention, Finance, Customer care',
    line_of_business: 'Consumer subscriptions',
  },
  training_details: {
    objective_function: { function: { function: 'Minimize', facet: 'Loss', condition: 'validation logloss below 0.35' }, notes: 'Early stopping after 20 rounds.' },
    training_observations: 'Converged after 412 rounds.',
    training_job_details: {
      training_arn: 'arn:aws:sagemaker:eu-west-1:111122223333:training-job/churn-xgb-2026-11-02',
      training_datasets: ['s3://data/churn/train/2026-10/', 's3://data/churn/validation/2026-10/'],
      training_environment: { container_image: ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost-train:1.7-1'] },
      training_metrics: [
        { name: 'train:logloss', value: 0.3112 },
        { name: 'validation:auc', value: 0.8467, notes: 'Hold-out October data' },
      ],
      user_provided_training_metrics: [{ name: 'business:lift@10%', value: 3.1, notes: 'From the campaign simulator' }],
      hyper_parameters: [
        { name: 'max_depth', value: '6' },
        { name: 'eta', value: '0.1' },
      ],
      user_provided_hyper_parameters: [{ name: 'scale_pos_weight', value: '4.2' }],
    },
  },
  evaluation_details: [
    {
      name: 'october-holdout',
      evaluation_observation: 'AUC holds across regions.',
      evaluation_job_arn: 'arn:aws:sagemaker:eu-west-1:111122223333:processing-job/churn-eval-10',
      datasets: ['s3://data/churn/holdout/2026-10/'],
      metadata: { region: 'eu-west-1', 'evaluated by': 'mlops-bot' },
      metric_groups: [
        {
          name: 'binary_classification_metrics',
          metric_data: [
            { name: 'accuracy', type: 'number', value: 0.8123 },
            { name: 'calibrated', type: 'boolean', value: true },
            { name: 'threshold policy', type: 'string', value: 'top decile', notes: 'Agreed with Finance' },
            { name: 'roc', type: 'linear_graph', value: [[0, 0], [0.1, 0.55], [0.3, 0.8], [1, 1]], x_axis_name: 'false_positive_rates', y_axis_name: 'true_positive_rates' },
            { name: 'lift by decile', type: 'bar_chart', value: [3.1, 2.2, 1.4], x_axis_name: ['d1', 'd2', 'd3'], y_axis_name: 'lift' },
            { name: 'confusion_matrix', type: 'matrix', value: [[812, 47], [95, 246]], x_axis_name: ['stays', 'churns'], y_axis_name: ['stays', 'churns'] },
          ],
        },
      ],
    },
  ],
  additional_information: {
    ethical_considerations: 'Age is not a feature; postcode is excluded to avoid proxy discrimination.',
    caveats_and_recommendations: 'Retrain quarterly.',
    custom_details: { 'model risk tier': 'Tier 2', ticket: 'GOV-1432' },
  },
  model_package_details: {
    model_package_arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package/churn/3',
    model_package_description: 'Churn model, November release',
    model_package_group_name: 'churn',
    model_package_name: 'churn-3',
    model_package_version: 3,
    model_package_status: 'Completed',
    model_approval_status: 'PendingManualApproval',
    approval_description: 'Awaiting model-risk review',
    created_by: { user_profile_name: 'dana' },
    domain: 'Machine Learning',
    task: 'Classification',
    source_algorithms: [{ algorithm_name: 'xgboost', model_data_url: 's3://models/churn/2026-11/model.tar.gz' }],
    inference_specification: {
      containers: [
        {
          image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1.7-1',
          model_data_url: 's3://models/churn/2026-11/model.tar.gz',
          nearest_model_name: 'xgboost-churn-baseline',
          is_checkpoint: false,
          model_data_source: { S3DataSource: { S3Uri: 's3://models/churn/2026-11/', S3DataType: 'S3Prefix' } },
          base_model: { HubContentName: 'xgb-base' },
        },
      ],
    },
  },
};
