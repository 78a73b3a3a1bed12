// A report's format is recognised by its top-level keys alone; the format's parser then checks everything beneath them.
import type { ReportFormat } from './parse-report';
import { listSome, quoted } from './report-messages';
import { isJsonObject, type JsonObject } from './report-reader';

const BIAS_SECTIONS = ['pre_training_bias_metrics', 'post_training_bias_metrics'];
const MODEL_QUALITY_SECTIONS = ['regression_metrics', 'binary_classification_metrics', 'multiclass_classification_metrics'];

const hasAny = (report: JsonObject, keys: string[]) => keys.some((key) => Object.hasOwn(report, key));

/** In REPORT_FORMATS order, which decides the format when a file looks like more than one. */
const SIGNATURES: Record<ReportFormat, { shape: string; matches: (report: JsonObject) => boolean }> = {
  generic: { shape: 'an object with metric_groups', matches: (report) => Object.hasOwn(report, 'metric_groups') },
  'clarify-bias': {
    shape: `an object with ${BIAS_SECTIONS.join(' or ')}`,
    // The SDK reads any section holding facets, whatever its name.
    matches: (report) => hasAny(report, BIAS_SECTIONS) || Object.values(report).some((value) => isJsonObject(value) && Object.hasOwn(value, 'facets')),
  },
  'clarify-explainability': { shape: 'an object with explanations', matches: (report) => Object.hasOwn(report, 'explanations') },
  'model-monitor': {
    shape: `an object with ${MODEL_QUALITY_SECTIONS.slice(0, -1).join(', ')} or ${MODEL_QUALITY_SECTIONS.at(-1)}`,
    matches: (report) => hasAny(report, MODEL_QUALITY_SECTIONS),
  },
};

export function detectReportFormats(report: unknown): ReportFormat[] {
  if (!isJsonObject(report)) return [];
  return (Object.keys(SIGNATURES) as ReportFormat[]).filter((format) => SIGNATURES[format].matches(report));
}

/** What a format's file looks like, for messages: "an object with explanations". */
export function formatShape(format: ReportFormat): string {
  return SIGNATURES[format].shape;
}

/** What the file is instead, for messages: "an array", "an object with the keys "a", "b"". */
export function describeShape(report: unknown): string {
  if (Array.isArray(report)) return 'an array';
  if (!isJsonObject(report)) return report === null ? 'null' : `a single ${typeof report}`;
  const keys = Object.keys(report);
  if (keys.length === 0) return 'an empty object';
  return `an object with the ${keys.length === 1 ? 'key' : 'keys'} ${listSome(keys.map(quoted))}`;
}
