// The optional fields the review lists while they are empty, each with the step and form field that fills it.
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import type { TEditStep } from '@/components/wizard/wizard-steps';

const REVIEWED_FIELDS: { step: TEditStep; path: string; field: string }[] = [
  ...['model_description', 'model_owner', 'model_creator', 'problem_type', 'algorithm_type', 'model_name', 'model_version'].map((key) => ({
    step: 'details' as const,
    path: `model_overview.${key}`,
    field: `model_overview.${key}`,
  })),
  ...['purpose_of_model', 'intended_uses', 'factors_affecting_model_efficiency', 'risk_rating', 'explanations_for_risk_rating'].map((key) => ({
    step: 'details' as const,
    path: `intended_uses.${key}`,
    field: `intended_uses.${key}`,
  })),
  { step: 'details', path: 'business_details.business_problem', field: 'business_details.business_problem' },
  { step: 'training', path: 'training_details.objective_function', field: 'training_details.objective_function.function.function' },
  { step: 'training', path: 'training_details.training_job_details.training_metrics', field: 'training_details.training_job_details.training_metrics' },
  { step: 'training', path: 'training_details.training_observations', field: 'training_details.training_observations' },
  { step: 'evaluation', path: 'evaluation_details', field: 'evaluation_details' },
  { step: 'additional', path: 'additional_information.ethical_considerations', field: 'additional_information.ethical_considerations' },
  { step: 'additional', path: 'additional_information.caveats_and_recommendations', field: 'additional_information.caveats_and_recommendations' },
];

function at(content: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
}

export function emptyFieldsOf(content: TModelCardContent) {
  return REVIEWED_FIELDS.filter((entry) => at(content, entry.path) === undefined);
}
