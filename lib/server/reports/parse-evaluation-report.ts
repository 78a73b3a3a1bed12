// Report import for the console and programs: any signed-in user may parse; a bad file is a clear 4xx, never a 500.
import 'server-only';
import { requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { parseReport, isReportFormat, REPORT_FORMATS, MAX_REPORT_BYTES } from '@/lib/reports/parse-report';
import type { ParsedReport } from '@/lib/reports/parse-report';
import { ReportParseError } from '@/lib/reports/errors';

export type ParseReportOutcome =
  | { status: 200; body: ParsedReport }
  | { status: 400 | 413 | 422; body: { error: { code: string; message: string; path?: string; line?: number; column?: number; expected?: string; found?: string | null } } };

const STATUS_BY_CODE = { MALFORMED_JSON: 400, TOO_LARGE: 413, UNRECOGNISED: 422, FORMAT_MISMATCH: 422, INVALID_REPORT: 422 } as const;

export function parseEvaluationReport({ actor, text, format }: { actor: Actor | null; text: string; format?: string | null }): ParseReportOutcome {
  requireActor(actor);
  if (format && !isReportFormat(format)) {
    throw new AppError('INVALID_INPUT', `format must be one of ${REPORT_FORMATS.join(', ')} (got "${format}").`, { path: 'format' });
  }
  try {
    return { status: 200, body: parseReport(text, { format: isReportFormat(format) ? format : undefined }) };
  } catch (error) {
    if (!(error instanceof ReportParseError)) throw error;
    const { code, message, path, line, column, expected, found } = error;
    return { status: STATUS_BY_CODE[code], body: { error: { code, message, path, line, column, expected, found } } };
  }
}

export function reportTooLarge(bytes: number): ParseReportOutcome {
  return {
    status: 413,
    body: { error: { code: 'TOO_LARGE', message: `The report is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_REPORT_BYTES / 1024 / 1024} MB.` } },
  };
}
