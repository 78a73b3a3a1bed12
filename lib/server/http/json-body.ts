// A JSON request body as an object, or the REST error that says it is not one.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { findNul, NUL_MESSAGE } from '@/lib/schemas/input-values';
import { formatPath } from '@/lib/schemas/validation-error';

export function jsonBody(body: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AppError('INVALID_INPUT', 'The request body must be a JSON object.');
  const nul = findNul(value);
  if (nul) throw new AppError('INVALID_INPUT', `${formatPath(nul)}: ${NUL_MESSAGE}`, { path: formatPath(nul) });
  return value as Record<string, unknown>;
}
