// A SearchExpression becomes one parameterised SQL condition: every property name is checked against the resource's catalogue, every value is read for the property's kind and bound as a parameter, and SageMaker's limits (20 per list, 50 elements, one Contains) hold.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { MAX_EXPRESSION_ELEMENTS } from '@/lib/sagemaker/search-operation';
import { fromEpochSeconds } from '@/lib/sagemaker/protocol';
import type { TSearchExpression, TSearchFilter, TSearchOperator, TSearchableResource } from '@/lib/sagemaker/search-operation';
import { NUMERIC_PATTERN, TIME_CAST } from './search-sql';
import type { SqlParams, TProperty, TPropertyKind, TResourceCatalogue } from './search-sql';

const invalid = (path: string, message: string) => new AppError('INVALID_INPUT', `${path}: ${message}`, { path });

const COMPARISONS = { GreaterThan: '>', GreaterThanOrEqualTo: '>=', LessThan: '<', LessThanOrEqualTo: '<=' } as const;
const TEXT_ONLY: TSearchOperator[] = ['Contains', 'In'];
const KIND_WORDS: Record<TPropertyKind, string> = { text: 'a text', number: 'a numeric', time: 'a timestamp', 'numeric-text': 'a text' };

/** The property a filter or SortBy names, or a ValidationException that lists what this resource has. */
export function resolveProperty(resource: TSearchableResource, catalogue: TResourceCatalogue, name: string, path: string): TProperty {
  const property = catalogue.properties[name];
  if (property) return property;
  for (const [prefix, family] of Object.entries(catalogue.keyed)) {
    if (name.startsWith(`${prefix}.`) && name.length > prefix.length + 1) return family(name.slice(prefix.length + 1));
  }
  const names = [...Object.keys(catalogue.properties), ...Object.keys(catalogue.keyed).map((prefix) => `${prefix}.<key>`)];
  throw invalid(path, `'${name}' is not a searchable property of ${resource}. Cardinal searches ${resource} by ${names.join(', ')}.`);
}

/** "YYYY-mm-ddTHH:MM:SS" as SageMaker documents it (UTC when no zone is given), any ISO-8601 date-time, or epoch seconds. */
export function readTimeValue(value: string): string | null {
  const trimmed = value.trim();
  if (new RegExp(NUMERIC_PATTERN).test(trimmed)) return fromEpochSeconds(Number(trimmed))?.toISOString() ?? null;
  const zoned = /[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  return fromEpochSeconds(zoned)?.toISOString() ?? null;
}

/** The bound placeholder for a filter value, cast for the property's kind; a value that is not of that kind is refused. */
function bindValue(property: TProperty, value: string, params: SqlParams, path: string): string {
  if (property.kind === 'number') {
    if (!new RegExp(NUMERIC_PATTERN).test(value.trim())) throw invalid(path, `'${value}' is not a number; this property is numeric.`);
    return `${params.add(value.trim())}::numeric`;
  }
  if (property.kind === 'time') {
    const iso = readTimeValue(value);
    if (iso === null)
      throw invalid(
        path,
        `'${value}' is not a timestamp; give an ISO 8601 date-time such as 2026-01-31T12:00:00 (UTC unless a zone is given) or epoch seconds.`,
      );
    return `${params.add(iso)}::${TIME_CAST}`;
  }
  return params.add(value);
}

function compileFilter(property: TProperty, filter: TSearchFilter, params: SqlParams, path: string): string {
  const operator = filter.Operator ?? 'Equals';
  if (operator === 'Exists' || operator === 'NotExists') return `(${property.sql(params)} IS ${operator === 'Exists' ? 'NOT ' : ''}NULL)`;
  if (filter.Value === undefined) throw invalid(`${path}.Value`, `the ${operator} operator needs a Value.`);
  if (TEXT_ONLY.includes(operator) && property.kind !== 'text' && property.kind !== 'numeric-text') {
    throw invalid(`${path}.Operator`, `${operator} is only supported for text properties, and ${filter.Name} is ${KIND_WORDS[property.kind]} property.`);
  }
  const subject = property.sql(params);
  if (operator === 'Contains') return `coalesce(strpos(lower(${subject}), lower(${params.add(filter.Value)})) > 0, false)`;
  if (operator === 'In') {
    const values = filter.Value.split(',')
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    if (values.length === 0) throw invalid(`${path}.Value`, 'In needs one or more comma-separated values.');
    return `coalesce(${subject} IN (${values.map((value) => params.add(value)).join(', ')}), false)`;
  }
  if (operator === 'Equals' || operator === 'NotEquals') {
    const equal = `coalesce(${subject} = ${bindValue(property, filter.Value, params, `${path}.Value`)}, false)`;
    // NotEquals holds where the property is missing too, as SageMaker's index answers it.
    return operator === 'Equals' ? equal : `(NOT ${equal})`;
  }
  const comparison = COMPARISONS[operator];
  if (property.kind === 'text')
    throw invalid(`${path}.Operator`, `${operator} is not supported for text properties such as ${filter.Name}; use it on numbers and timestamps.`);
  if (property.kind === 'numeric-text') {
    if (!new RegExp(NUMERIC_PATTERN).test(filter.Value.trim()))
      throw invalid(`${path}.Value`, `'${filter.Value}' is not a number; ${operator} compares numbers.`);
    // Values that are not numbers never compare; the CASE keeps the cast from failing on them.
    const pattern = params.add(NUMERIC_PATTERN);
    return `coalesce(CASE WHEN ${subject} ~ ${pattern} THEN (${subject})::numeric END ${comparison} ${params.add(filter.Value.trim())}::numeric, false)`;
  }
  return `coalesce(${subject} ${comparison} ${bindValue(property, filter.Value, params, `${path}.Value`)}, false)`;
}

type TCounts = { elements: number; contains: number };

function compileExpression(
  resource: TSearchableResource,
  catalogue: TResourceCatalogue,
  expression: TSearchExpression,
  params: SqlParams,
  path: string,
  counts: TCounts,
): string {
  if (expression.NestedFilters?.length) {
    throw invalid(
      `${path}.NestedFilters`,
      'NestedFilters are not supported by Cardinal; write the conditions as Filters (a list property such as ModelArtifacts.S3ModelArtifacts is searched by its dotted name).',
    );
  }
  const filters = expression.Filters ?? [];
  const subExpressions = expression.SubExpressions ?? [];
  if (filters.length === 0 && subExpressions.length === 0) throw invalid(path, 'a SearchExpression must have at least one filter or sub-expression.');
  counts.elements += filters.length + subExpressions.length;
  if (counts.elements > MAX_EXPRESSION_ELEMENTS) {
    throw invalid(
      'SearchExpression',
      `at most ${MAX_EXPRESSION_ELEMENTS} filters, nested filters and sub-expressions are allowed in one search, counted through every level.`,
    );
  }
  const parts = filters.map((filter, index) => {
    const filterPath = `${path}.Filters[${index}]`;
    if (filter.Operator === 'Contains' && ++counts.contains > 1) throw invalid(`${filterPath}.Operator`, "'CONTAINS' operator usage limit of 1 exceeded.");
    return compileFilter(resolveProperty(resource, catalogue, filter.Name, `${filterPath}.Name`), filter, params, filterPath);
  });
  subExpressions.forEach((sub, index) => parts.push(compileExpression(resource, catalogue, sub, params, `${path}.SubExpressions[${index}]`, counts)));
  return parts.length === 1 ? parts[0] : `(${parts.join(expression.Operator === 'Or' ? ' OR ' : ' AND ')})`;
}

/** The WHERE condition for a search expression (TRUE without one); its values are added to params. */
export function compileSearchExpression(
  resource: TSearchableResource,
  catalogue: TResourceCatalogue,
  expression: TSearchExpression | undefined,
  params: SqlParams,
): string {
  if (expression === undefined) return 'TRUE';
  return compileExpression(resource, catalogue, expression, params, 'SearchExpression', { elements: 0, contains: 0 });
}
