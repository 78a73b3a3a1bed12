// REST answers: JSON bodies, and errors (AppError, ReportParseError) as { error: { code, message, path } } with the HTTP status the code implies.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { isAppError } from '@/lib/server/errors';
import type { AppErrorCode } from '@/lib/server/errors';
import { ReportParseError } from '@/lib/reports/errors';
import type { ReportParseErrorCode } from '@/lib/reports/errors';

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NO_CHANGES: 409,
  ARCHIVED: 409,
  LIMIT_EXCEEDED: 413,
  TOO_MANY_ATTEMPTS: 429,
};

/** A report that cannot be read as JSON is a bad request; one that is JSON but not a report it knows is unprocessable. */
const REPORT_STATUS: Record<ReportParseErrorCode, number> = {
  MALFORMED_JSON: 400,
  TOO_LARGE: 413,
  UNRECOGNISED: 422,
  FORMAT_MISMATCH: 422,
  INVALID_REPORT: 422,
};

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** A CSV download named `<stem>-<UTC day>.csv`; the body carries its own byte-order mark. */
export function csvAttachment(body: BodyInit, stem: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${stem}-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return json({ error: { code, message, ...extra } }, status);
}

/** Maps a service error to its answer; anything unexpected is logged with an id the user can quote. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return apiError(STATUS[error.code], error.code, error.message, {
      ...(error.path !== undefined ? { path: error.path } : {}),
      ...(error.details ? { details: error.details } : {}),
    });
  }
  if (error instanceof ReportParseError) {
    const { code, message, path, line, column, expected, found } = error;
    return apiError(REPORT_STATUS[code], code, message, { path, line, column, expected, found });
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}]`, error);
  return apiError(500, 'INTERNAL', `Something went wrong on the server (error id ${id}).`);
}
