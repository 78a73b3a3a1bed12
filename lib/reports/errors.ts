// A report that cannot be imported fails with one ReportParseError whose code tells the entry point how to answer.
import type { ReportFormat } from './parse-report';

export type ReportParseErrorCode = 'MALFORMED_JSON' | 'UNRECOGNISED' | 'FORMAT_MISMATCH' | 'TOO_LARGE' | 'INVALID_REPORT';

interface ReportParseErrorDetails {
  /** MALFORMED_JSON: 1-based position of the first character that breaks the JSON. */
  line?: number;
  column?: number;
  /** INVALID_REPORT: where inside the report, in the same notation as content validation paths ('' is the root). */
  path?: string;
  /** FORMAT_MISMATCH: the format asked for and the one the file looks like (null when it looks like none). */
  expected?: ReportFormat;
  found?: ReportFormat | null;
}

export class ReportParseError extends Error {
  readonly code: ReportParseErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly expected?: ReportFormat;
  readonly found?: ReportFormat | null;

  constructor(code: ReportParseErrorCode, message: string, details: ReportParseErrorDetails = {}) {
    super(message);
    this.name = 'ReportParseError';
    this.code = code;
    this.line = details.line;
    this.column = details.column;
    this.path = details.path;
    this.expected = details.expected;
    this.found = details.found;
  }
}
