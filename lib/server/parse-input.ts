// Services re-validate their input with the shared schema: a bad value becomes INVALID_INPUT naming the field.
import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { formatPath, formatZodIssues, plainMessage } from '@/lib/schemas/validation-error';
import { findNul, NUL_MESSAGE } from '@/lib/schemas/input-values';

/** One value a request names (a path segment, a query parameter, a header): a bad one is INVALID_INPUT naming it, e.g. `id: must be an id …`. */
export function parseParam<S extends z.ZodType>(name: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { error: plainMessage });
  if (result.success) return result.data;
  const first = formatZodIssues(result.error)[0];
  throw new AppError('INVALID_INPUT', `${name}: ${first?.message ?? 'is not valid'}`, { path: name });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // Server actions and importers pass raw values straight in; no text with a NUL may reach a query, whatever the schema says.
  const nul = findNul(input);
  if (nul) throw new AppError('INVALID_INPUT', `${formatPath(nul) || 'input'}: ${NUL_MESSAGE}`, { path: formatPath(nul) });
  const result = schema.safeParse(input, { error: plainMessage });
  if (result.success) return result.data;
  const issues = formatZodIssues(result.error);
  const first = issues[0];
  throw new AppError('INVALID_INPUT', first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'Invalid input', {
    path: first?.path,
    details: { issues },
  });
}
