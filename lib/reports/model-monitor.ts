// A Model Monitor model-quality statistics.json gives one metric group named after its metrics key, filled as the SDK's regression and classification parsers do (reference §3.5).
import { fitMetricGroups, type ParsedMetricGroups, type RawMetric } from './fit-metric-groups';
import { listSome, quoted } from './report-messages';
import { own, ReportReader, type JsonObject, type JsonPath } from './report-reader';
import { zipPoints } from './zip-points';

const reader = new ReportReader('Model Monitor model quality report');
const REGRESSION = 'regression_metrics';
const CLASSIFICATION = ['binary_classification_metrics', 'multiclass_classification_metrics'];

export function parseModelMonitorReport(report: JsonObject): ParsedMetricGroups {
  const warnings: string[] = [];
  const present = Object.keys(report).filter((key) => key === REGRESSION || CLASSIFICATION.includes(key));
  // The SDK picks the regression parser whenever regression_metrics is there; its classification parser returns after the first group.
  const chosen = present.includes(REGRESSION) ? REGRESSION : present[0];
  if (chosen === undefined) {
    throw reader.invalid([], `expected one of ${[REGRESSION, ...CLASSIFICATION].join(', ')}`);
  }
  const ignored = present.filter((key) => key !== chosen);
  if (ignored.length > 0) {
    warnings.push(`Only ${chosen} was imported; ${listSome(ignored)} was left out, as the SDK takes one group of model-quality metrics per report.`);
  }
  const metrics = reader.object(own(report, chosen), [chosen]);
  const metric_data = Object.entries(metrics).flatMap(([name, raw]): RawMetric[] => {
    const path = [chosen, name];
    const entry = reader.object(raw, path);
    if (chosen !== REGRESSION) {
      if (name === 'confusion_matrix') return [confusionMatrix(entry, path)];
      if (name === 'receiver_operating_characteristic_curve') {
        return [curve(name, entry, path, ['false_positive_rates', 'true_positive_rates'], warnings)];
      }
      if (name === 'precision_recall_curve') return [curve(name, entry, path, ['recalls', 'precisions'], warnings)];
    }
    return valueAndDeviation(name, entry);
  });
  return { metric_groups: fitMetricGroups([{ name: chosen, metric_data }], warnings), warnings };
}

function valueAndDeviation(name: string, entry: JsonObject): RawMetric[] {
  const metrics: RawMetric[] = [{ name, type: 'number', value: own(entry, 'value') }];
  const deviation = own(entry, 'standard_deviation');
  // Model Monitor writes "NaN" when it has no estimate; like the SDK, only a number becomes a metric.
  if (typeof deviation === 'number') metrics.push({ name: `${name} - standard_deviation`, type: 'number', value: deviation });
  return metrics;
}

/** Rows are the outer keys (x axis); the columns are named by the last row's keys, as in the SDK. */
function confusionMatrix(entry: JsonObject, path: JsonPath): RawMetric {
  const rows: unknown[][] = [];
  const rowNames: string[] = [];
  let columnNames: string[] = [];
  for (const [rowName, row] of Object.entries(entry)) {
    const cells = reader.object(row, [...path, rowName]);
    rows.push(Object.values(cells));
    rowNames.push(rowName);
    columnNames = Object.keys(cells);
  }
  return { name: 'confusion_matrix', type: 'matrix', value: rows, x_axis_name: rowNames, y_axis_name: columnNames };
}

function curve(name: string, entry: JsonObject, path: JsonPath, axes: [string, string], warnings: string[]): RawMetric {
  const [xs, ys] = axes.map((axis) => reader.array(own(entry, axis), [...path, axis]));
  return {
    name,
    type: 'linear_graph',
    value: zipPoints(xs, ys, axes, quoted(name), warnings),
    x_axis_name: axes[0],
    y_axis_name: axes[1],
  };
}
