// The one error type services throw: a code entry points map to HTTP / AWS / form errors, and a message meant for the user.
import 'server-only';

export type AppErrorCode =
  'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'ARCHIVED' | 'NO_CHANGES' | 'LIMIT_EXCEEDED' | 'TOO_MANY_ATTEMPTS';

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** JSON path or form field the error is about, when there is one. */
  readonly path?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: { path?: string; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.path = options.path;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
