// One schema per wizard step, picked from ZModelCardContent (never a second copy of its rules); issues are mapped back onto the form's field names.
import type { z } from 'zod';
import { ZModelCardContent, parseModelCardContent } from '@/lib/schemas/model-card-content';
import { formatPath, plainMessage } from '@/lib/schemas/validation-error';
import {
  additionalToContent,
  detailsToContent,
  evaluationToContent,
  formToContent,
  trainingToContent,
  type TKeyValueRow,
  type TWizardValues,
} from './wizard-form';

export const WIZARD_STEPS = ['details', 'training', 'evaluation', 'additional', 'review'] as const;
export type TWizardStep = (typeof WIZARD_STEPS)[number];
export type TEditStep = Exclude<TWizardStep, 'review'>;

export const STEP_TITLES: Record<TWizardStep, string> = {
  details: 'Model details and intended uses',
  training: 'Training details',
  evaluation: 'Evaluation details',
  additional: 'Additional details',
  review: 'Review and save',
};

export const STEP_SCHEMAS = {
  details: ZModelCardContent.pick({ model_overview: true, intended_uses: true, business_details: true }),
  training: ZModelCardContent.pick({ training_details: true }),
  evaluation: ZModelCardContent.pick({ evaluation_details: true }),
  additional: ZModelCardContent.pick({ additional_information: true }),
} satisfies Record<TEditStep, z.ZodType>;

const STEP_CONTENT: Record<TEditStep, (values: TWizardValues) => Record<string, unknown>> = {
  details: detailsToContent,
  training: trainingToContent,
  evaluation: evaluationToContent,
  additional: additionalToContent,
};

/** The form's top-level keys each step edits (the card name sits on the first step). */
export const STEP_FIELDS: Record<TEditStep, readonly (keyof TWizardValues)[]> = {
  details: ['name', 'model_overview', 'intended_uses', 'business_details'],
  training: ['training_details'],
  evaluation: ['evaluation_details'],
  additional: ['additional_information'],
};

export type TWizardIssue = {
  step: TEditStep | null;
  /** The form field to show the message at and focus (react-hook-form dotted name); null when no field edits it. */
  field: string | null;
  /** Where in the content JSON, as the APIs and importers name it. */
  path: string;
  message: string;
};

type Node = unknown;
const isObject = (node: Node): node is Record<string, unknown> => typeof node === 'object' && node !== null && !Array.isArray(node);
const isKeyValueRows = (node: Node): node is { key: string }[] => Array.isArray(node) && node.every((row) => isObject(row) && 'key' in row);
const isTextRow = (node: Node) => isObject(node) && Object.keys(node).length === 1 && 'value' in node;

/**
 * The form field a content path is edited in: the same path, except that text lists are rows with a
 * `value`, key/value maps are rows found by key, and a chart's data is kept in `chart`.
 */
export function formFieldOf(values: TWizardValues, path: readonly PropertyKey[]): string | null {
  let node: Node = values;
  const out: (string | number)[] = [];
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'string' && isKeyValueRows(node)) {
      const index = node.findIndex((row) => row.key === segment);
      if (index < 0) break;
      out.push(index, 'value');
      node = undefined;
      break;
    }
    if (Array.isArray(node) && typeof segment === 'number' && segment < node.length) {
      out.push(segment);
      node = node[segment];
      continue;
    }
    if (isObject(node) && segment === 'value' && node.chart !== null && 'chart' in node) {
      out.push('chart');
      node = undefined;
      break;
    }
    if (isObject(node) && typeof segment === 'string' && segment in node) {
      out.push(segment);
      node = node[segment];
      continue;
    }
    break;
  }
  if (isTextRow(node)) out.push('value');
  return out.length === 0 ? null : out.join('.');
}

function stepOfField(field: string | null): TEditStep | null {
  if (!field) return null;
  const top = field.split('.')[0] as keyof TWizardValues;
  return (Object.keys(STEP_FIELDS) as TEditStep[]).find((step) => STEP_FIELDS[step].includes(top)) ?? null;
}

function issuesOf(error: z.ZodError, values: TWizardValues): TWizardIssue[] {
  return error.issues.map((issue) => {
    const field = formFieldOf(values, issue.path);
    return { step: stepOfField(field), field, path: formatPath(issue.path), message: issue.message };
  });
}

/**
 * Key/value rows become an object, where a repeated key would silently replace the row above and
 * a row left blank would add an empty key: both are stopped at the row.
 */
function keyValueIssues(step: TEditStep, rows: TKeyValueRow[], field: string, path: readonly PropertyKey[]): TWizardIssue[] {
  const seen = new Set<string>();
  return rows.flatMap((row, index) => {
    const at = { step, field: `${field}.${index}.key`, path: formatPath([...path, row.key]) };
    if (row.key === '') return [{ ...at, message: 'enter a key, or remove this row' }];
    if (seen.has(row.key)) return [{ ...at, message: `“${row.key}” is already a key above; keys must be unique` }];
    seen.add(row.key);
    return [];
  });
}

function rowIssues(step: TEditStep, values: TWizardValues): TWizardIssue[] {
  if (step === 'additional') {
    return keyValueIssues(step, values.additional_information.custom_details, 'additional_information.custom_details', [
      'additional_information',
      'custom_details',
    ]);
  }
  if (step === 'evaluation') {
    return values.evaluation_details.flatMap((job, index) =>
      keyValueIssues(step, job.metadata, `evaluation_details.${index}.metadata`, ['evaluation_details', index, 'metadata']),
    );
  }
  return [];
}

export function validateWizardStep(step: TEditStep, values: TWizardValues): TWizardIssue[] {
  const rows = rowIssues(step, values);
  const result = STEP_SCHEMAS[step].safeParse(STEP_CONTENT[step](values), { error: plainMessage });
  return [...rows, ...(result.success ? [] : issuesOf(result.error, values).map((issue) => ({ ...issue, step })))];
}

/** The whole document as the services will check it (including the 100,000-character cap and the parts no step edits). */
export function validateWizardContent(values: TWizardValues): TWizardIssue[] {
  const stepIssues = (['details', 'training', 'evaluation', 'additional'] as const).flatMap((step) => validateWizardStep(step, values));
  if (stepIssues.length > 0) return stepIssues;
  const parsed = parseModelCardContent(formToContent(values));
  if (parsed.ok) return [];
  return parsed.issues.map((issue) => ({ step: null, field: null, path: issue.path, message: issue.message }));
}

type Def = { type: string; innerType?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };

/** The character limit the content schema sets for a text field ("intended_uses.purpose_of_model"; lists are stepped through without an index). */
export function maxCharsOf(path: string): number | undefined {
  let schema: z.ZodType | undefined = ZModelCardContent;
  for (const segment of path.split('.')) {
    if (!schema) return undefined;
    let current = unwrap(schema);
    const def = current._zod.def as Def;
    if (def.type === 'array' && def.element) current = unwrap(def.element);
    schema = (current._zod.def as Def).shape?.[segment];
  }
  const maxLength = schema ? (unwrap(schema) as { maxLength?: number | null }).maxLength : undefined;
  return typeof maxLength === 'number' ? maxLength : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as Def;
    if (def.type === 'optional' && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = def.out;
    else return current;
  }
}
