// Report import for the console and programs: any signed-in user may parse; a bad file throws a ReportParseError, which the entry point answers with its 4xx, never a 500.
import 'server-only';
import { requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { parseReport, isReportFormat, REPORT_FORMATS, MAX_REPORT_BYTES } from '@/lib/reports/parse-report';
import type { ParsedReport } from '@/lib/reports/parse-report';
import { ReportParseError } from '@/lib/reports/errors';

export function parseEvaluationReport({ actor, text, format }: { actor: Actor | null; text: string; format?: string | null }): ParsedReport {
  requireActor(actor);
  if (format && !isReportFormat(format)) {
    throw new AppError('INVALID_INPUT', `format must be one of ${REPORT_FORMATS.join(', ')} (got "${format}").`, { path: 'format' });
  }
  return parseReport(text, { format: isReportFormat(format) ? format : undefined });
}

/** A body over the limit, refused before it is read whole (the message names the size received). */
export function reportTooLarge(bytes: number): ReportParseError {
  return new ReportParseError('TOO_LARGE', `The report is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_REPORT_BYTES / 1024 / 1024} MB.`);
}
