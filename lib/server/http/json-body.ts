// A JSON request body as an object, or the REST error that says it is not one.
import 'server-only';
import { AppError } from '@/lib/server/errors';

export function jsonBody(body: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AppError('INVALID_INPUT', 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}
