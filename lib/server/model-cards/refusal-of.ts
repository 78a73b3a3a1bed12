// A check asked without throwing: what a screen offers is decided by the very checks the services run, and a refusal reads the same in both places.
import 'server-only';
import { isAppError } from '@/lib/server/errors';

/** The refusal a check would throw, as the message a person reads; null when it passes. */
export function refusalOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
}
