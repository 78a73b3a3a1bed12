// The one way into report parsing for the HTTP endpoint and the wizard: size, JSON, format (given or detected), parser; it throws nothing but ReportParseError.
import type { TMetricGroup } from '../schemas/model-card-content';
import { parseClarifyBiasReport } from './clarify-bias';
import { parseClarifyExplainabilityReport } from './clarify-explainability';
import { describeShape, detectReportFormats, formatShape } from './detect';
import { ReportParseError } from './errors';
import type { ParsedMetricGroups } from './fit-metric-groups';
import { parseGenericReport } from './generic';
import { parseModelMonitorReport } from './model-monitor';
import { readReportJson } from './read-report-json';
import type { JsonObject } from './report-reader';

export const REPORT_FORMATS = ['generic', 'clarify-bias', 'clarify-explainability', 'model-monitor'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = {
  generic: 'generic model-card metric file',
  'clarify-bias': 'Clarify bias report',
  'clarify-explainability': 'Clarify explainability report',
  'model-monitor': 'Model Monitor model quality report',
};

export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** Past this many, more warnings tell the reader nothing new and only bloat the response. */
const MAX_WARNINGS = 100;

export interface ParsedReport {
  format: ReportFormat;
  metric_groups: TMetricGroup[];
  warnings: string[];
}

const PARSERS: Record<ReportFormat, (report: JsonObject) => ParsedMetricGroups> = {
  generic: parseGenericReport,
  'clarify-bias': parseClarifyBiasReport,
  'clarify-explainability': parseClarifyExplainabilityReport,
  'model-monitor': parseModelMonitorReport,
};

export function isReportFormat(value: unknown): value is ReportFormat {
  return REPORT_FORMATS.includes(value as ReportFormat);
}

export function parseReport(text: string, options: { format?: ReportFormat } = {}): ParsedReport {
  if (exceedsUtf8Bytes(text, MAX_REPORT_BYTES)) {
    throw new ReportParseError(
      'TOO_LARGE',
      `The report is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB (${MAX_REPORT_BYTES.toLocaleString('en-US')} bytes), the most Cardinal reads.`,
    );
  }
  const requested = options.format;
  // Callers pass what a person chose; a value from outside the list must fail like any other bad input.
  if (requested !== undefined && !isReportFormat(requested)) {
    throw new ReportParseError('UNRECOGNISED', `${JSON.stringify(String(requested))} is not a report format. Choose one of ${REPORT_FORMATS.join(', ')}.`);
  }
  const report = readReportJson(text);
  const matches = detectReportFormats(report);
  const warnings: string[] = [];
  let format: ReportFormat;
  if (requested !== undefined) {
    if (!matches.includes(requested)) {
      const found = matches[0] ?? null;
      const what = found === null ? describeShape(report) : `a ${REPORT_FORMAT_LABELS[found]}`;
      throw new ReportParseError('FORMAT_MISMATCH', `Expected a ${REPORT_FORMAT_LABELS[requested]} (${formatShape(requested)}), but the file is ${what}.`, {
        expected: requested,
        found,
      });
    }
    format = requested;
  } else {
    if (matches.length === 0) {
      const lookedFor = REPORT_FORMATS.map((f) => `a ${REPORT_FORMAT_LABELS[f]} (${formatShape(f)})`);
      throw new ReportParseError(
        'UNRECOGNISED',
        `This file is not a report Cardinal can read. It looked for ${lookedFor.slice(0, -1).join(', ')} or ${lookedFor.at(-1)}, but the file is ${describeShape(report)}.`,
      );
    }
    format = matches[0];
    if (matches.length > 1) {
      const others = matches.slice(1).map((f) => `a ${REPORT_FORMAT_LABELS[f]}`);
      warnings.push(
        `The file also looks like ${others.join(' and ')}; it was read as a ${REPORT_FORMAT_LABELS[format]}. Choose the format to read it the other way.`,
      );
    }
  }
  const parsed = PARSERS[format](report as JsonObject);
  warnings.push(...parsed.warnings);
  return { format, metric_groups: parsed.metric_groups, warnings: capWarnings(warnings) };
}

function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const hidden = warnings.length - (MAX_WARNINGS - 1);
  return [...warnings.slice(0, MAX_WARNINGS - 1), `${hidden} more warnings are not shown.`];
}

/** UTF-8 length without encoding the text (the module also runs in the browser), stopping as soon as the limit is passed. */
function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > limit;
}
