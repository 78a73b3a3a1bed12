// Invalid input is reported as { path, message } issues: JSON-path-like paths and messages that name the rule in plain words.
import { z } from 'zod';
import { lineAndColumn, scanJson } from '../json/scan-json';

export type TValidationIssue = { path: string; message: string };

export type TValidationResult<T> = { ok: true; data: T } | { ok: false; issues: TValidationIssue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    // Free-form keys (custom_details, metadata) can hold spaces or dots; brackets keep the path unambiguous.
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function plural(count: number | bigint, unit: string): string {
  return `${count} ${unit}${count === 1 || count === 1n ? '' : 's'}`;
}

function sizeLimit(bound: 'at most' | 'at least', limit: number | bigint, origin: string, inclusive = true): string {
  if (origin === 'string') return `${bound} ${plural(limit, 'character')}`;
  if (origin === 'array' || origin === 'set') return `${bound} ${plural(limit, 'item')}`;
  if (inclusive) return `must be ${bound} ${limit}`;
  return `must be ${bound === 'at most' ? 'less' : 'greater'} than ${limit}`;
}

/**
 * Zod error map giving every issue a plain-words message. It must run at parse time
 * (`schema.safeParse(value, { error: plainMessage })`, or as the zodResolver schema option)
 * because only raw issues still carry the input, and the input is what tells a missing
 * field ("required") from a wrong type ("must be a number"). Messages set on a schema win.
 */
export const plainMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return sizeLimit('at most', issue.maximum, issue.origin, issue.inclusive);
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      return sizeLimit('at least', issue.minimum, issue.origin, issue.inclusive);
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown key "${key}"`).join('; ');
    case 'invalid_union': {
      const { discriminator } = issue;
      if (discriminator === undefined) return 'does not match any allowed shape';
      const given = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
      if (given === undefined) return 'required';
      const options = (issue.options ?? []) as readonly unknown[];
      return `must be one of ${options.map(String).join(', ')}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? `must match ${issue.pattern}` : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
};

/** One issue per problem; an unknown-keys issue becomes one issue per key, with the path pointing at the key. */
export function formatZodIssues(error: z.ZodError): TValidationIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `unknown key "${key}"` }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}

export function validateValue<S extends z.ZodType>(schema: S, value: unknown): TValidationResult<z.output<S>> {
  const result = schema.safeParse(value, { error: plainMessage });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: formatZodIssues(result.error) };
}

export function describeIssues(issues: readonly TValidationIssue[]): string {
  return issues.map(({ path, message }) => `${path === '' ? '(root)' : path}: ${message}`).join('\n');
}

/** JSON.parse with a syntax error located by line and column, which no engine reports consistently. */
export function parseJsonText(text: string): TValidationResult<unknown> {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    const offset = scanJson(text).errorOffset;
    if (offset === undefined) return { ok: false, issues: [{ path: '', message: 'not valid JSON' }] };
    const { line, column } = lineAndColumn(text, offset);
    const found = offset >= text.length ? 'end of input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
    return { ok: false, issues: [{ path: '', message: `not valid JSON: unexpected ${found} at line ${line}, column ${column}` }] };
  }
}
