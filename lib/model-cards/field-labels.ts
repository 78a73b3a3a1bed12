// Every content key has one human label, used by the card page, the diff, validation messages and the PDF alike.

/** The seven top-level sections, in the order the card reads. */
export const SECTION_TITLES = {
  model_overview: 'Model overview',
  intended_uses: 'Intended uses',
  business_details: 'Business details',
  training_details: 'Training details',
  evaluation_details: 'Evaluation details',
  additional_information: 'Additional information',
  model_package_details: 'Model package details',
} as const;

export type TSectionKey = keyof typeof SECTION_TITLES;

const FIELD_LABELS: Record<string, string> = {
  ...SECTION_TITLES,
  // model_overview
  model_description: 'Description',
  model_owner: 'Owner',
  model_creator: 'Creator',
  problem_type: 'Problem type',
  algorithm_type: 'Algorithm type',
  model_id: 'Model ID',
  model_name: 'Model name',
  model_version: 'Model version',
  model_artifact: 'Model artifacts',
  inference_environment: 'Inference environment',
  container_image: 'Container images',
  // intended_uses (its own `intended_uses` field shares the section's label)
  purpose_of_model: 'Purpose of the model',
  factors_affecting_model_efficiency: 'Factors affecting model efficacy',
  risk_rating: 'Risk rating',
  explanations_for_risk_rating: 'Explanation for risk rating',
  // business_details
  business_problem: 'Business problem',
  business_stakeholders: 'Business stakeholders',
  line_of_business: 'Line of business',
  // training_details
  objective_function: 'Objective function',
  function: 'Function',
  facet: 'Facet',
  condition: 'Condition',
  notes: 'Notes',
  training_observations: 'Training observations',
  training_job_details: 'Training job',
  training_arn: 'Training job ARN',
  training_datasets: 'Training datasets',
  training_environment: 'Training environment',
  training_metrics: 'Training metrics',
  user_provided_training_metrics: 'User-provided training metrics',
  hyper_parameters: 'Hyper-parameters',
  user_provided_hyper_parameters: 'User-provided hyper-parameters',
  name: 'Name',
  value: 'Value',
  // evaluation_details
  evaluation_observation: 'Evaluation observations',
  evaluation_job_arn: 'Evaluation job ARN',
  datasets: 'Datasets',
  metadata: 'Metadata',
  metric_groups: 'Metric groups',
  metric_data: 'Metrics',
  type: 'Type',
  x_axis_name: 'X-axis name',
  y_axis_name: 'Y-axis name',
  // additional_information
  ethical_considerations: 'Ethical considerations',
  caveats_and_recommendations: 'Caveats and recommendations',
  custom_details: 'Custom details',
  // model_package_details
  model_package_arn: 'Model package ARN',
  model_package_description: 'Model package description',
  model_package_group_name: 'Model package group',
  model_package_name: 'Model package name',
  model_package_version: 'Model package version',
  model_package_status: 'Model package status',
  model_approval_status: 'Approval status',
  approval_description: 'Approval description',
  created_by: 'Created by',
  user_profile_name: 'User profile name',
  domain: 'Domain',
  task: 'Task',
  source_algorithms: 'Source algorithms',
  algorithm_name: 'Algorithm name',
  model_data_url: 'Model data URL',
  inference_specification: 'Inference specification',
  containers: 'Containers',
  image: 'Image',
  nearest_model_name: 'Nearest model name',
  model_data_source: 'Model data source',
  is_checkpoint: 'Checkpoint',
  base_model: 'Base model',
};

/** A key whose meaning depends on its parent: `objective_function.function.function` is the direction, not another function. */
const LABELS_IN_CONTEXT: Record<string, string> = {
  'function.function': 'Direction',
};

/** Objects whose keys are written by people (or copied from AWS), shown as written rather than looked up. */
const FREE_KEY_PARENTS = new Set(['custom_details', 'metadata', 'model_data_source', 'base_model']);

/** True for objects whose keys people wrote (custom details, evaluation metadata): show those keys as written. */
export function hasFreeKeys(key: string | undefined): boolean {
  return key !== undefined && FREE_KEY_PARENTS.has(key);
}

/** Fallback for keys outside the schema (extra metric-group keys, AWS shapes): `nearest_model` → "Nearest model". */
function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words === '' ? key : words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label for a content key; `parentKey` resolves the few keys that mean something else under another key. */
export function fieldLabel(key: string, parentKey?: string): string {
  if (parentKey !== undefined) {
    const inContext = LABELS_IN_CONTEXT[`${parentKey}.${key}`];
    if (inContext) return inContext;
  }
  return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : humanize(key);
}

export function sectionTitle(section: string): string {
  return Object.hasOwn(SECTION_TITLES, section) ? SECTION_TITLES[section as TSectionKey] : humanize(section);
}

/** True for the keys every content key must have a label for (used by the schema coverage test). */
export function hasFieldLabel(key: string): boolean {
  return Object.hasOwn(FIELD_LABELS, key);
}

type TPathSegment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'name'; name: string };

const SEGMENT = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** Splits a formatPath-style path; returns null for text that is not one, so callers can show it unchanged. */
function parsePath(path: string): TPathSegment[] | null {
  const segments: TPathSegment[] = [];
  let rest = path;
  while (rest !== '') {
    const match = SEGMENT.exec(rest);
    if (!match) return null;
    if (match[1] !== undefined) segments.push({ kind: 'key', key: match[1] });
    else if (match[2] !== undefined) segments.push({ kind: 'index', index: Number(match[2]) });
    else {
      let name: unknown;
      try {
        name = JSON.parse(match[3]);
      } catch {
        return null;
      }
      segments.push({ kind: 'name', name: String(name) });
    }
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/**
 * The readable parts of a diff or validation path:
 * `training_details.training_job_details.training_metrics[2].value` →
 * ["Training details", "Training job", "Training metrics", "item 3", "Value"].
 * A named list item or a free-form key (custom details, metadata) is shown as written, in quotes.
 */
export function describePathSegments(path: string): string[] {
  if (path === '') return ['Card content'];
  const segments = parsePath(path);
  if (!segments) return [path];
  const parts: string[] = [];
  let parentKey: string | undefined;
  for (const [position, segment] of segments.entries()) {
    if (segment.kind === 'index') {
      parts.push(`item ${segment.index + 1}`);
      continue;
    }
    const text = segment.kind === 'key' ? segment.key : segment.name;
    if (segment.kind === 'name' || hasFreeKeys(parentKey)) {
      parts.push(`“${text}”`);
      // Below a free-form key the names are data, not schema keys: nothing further is looked up in context.
      parentKey = undefined;
      continue;
    }
    parts.push(position === 0 ? sectionTitle(text) : fieldLabel(text, parentKey));
    parentKey = text;
  }
  return parts;
}

export function describePath(path: string): string {
  return describePathSegments(path).join(' › ');
}
