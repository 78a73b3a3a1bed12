// A Clarify explainability report gives a group per label of global SHAP values, a group per label and feature of top SHAP text tokens, and one "explanations - pdp" group, as the SDK's ClarifyExplainabilityParser does (reference §3.4).
import type { TMetricType } from '../schemas/model-card-content';
import { fitMetricGroups, type ParsedMetricGroups, type RawMetric, type RawMetricGroup } from './fit-metric-groups';
import { describeJson, pathText, quoted } from './report-messages';
import { own, ReportReader, type JsonObject, type JsonPath } from './report-reader';
import { zipPoints } from './zip-points';

const reader = new ReportReader('Clarify explainability report');

export function parseClarifyExplainabilityReport(report: JsonObject): ParsedMetricGroups {
  const warnings: string[] = [];
  const explanations = reader.object(own(report, 'explanations'), ['explanations']);
  const groups = [...kernelShapGroups(explanations), ...pdpGroups(explanations, warnings)];
  return { metric_groups: fitMetricGroups(groups, warnings), warnings };
}

function kernelShapGroups(explanations: JsonObject): RawMetricGroup[] {
  if (!Object.hasOwn(explanations, 'kernel_shap')) return [];
  const path = ['explanations', 'kernel_shap'];
  const groups: RawMetricGroup[] = [];
  for (const [label, explanation] of Object.entries(reader.object(own(explanations, 'kernel_shap'), path))) {
    const labelPath = [...path, label];
    // Groups follow the order of the label's keys, as the SDK walks them; expected_value and anything else is not a group.
    for (const [key, value] of Object.entries(reader.object(explanation, labelPath))) {
      if (key === 'global_shap_values') {
        groups.push(valuesGroup(`explanations - global_shap_values, label=${label}`, value, [...labelPath, key]));
      }
      if (key === 'global_top_shap_text') {
        for (const [feature, tokens] of Object.entries(reader.object(value, [...labelPath, key]))) {
          const name = `explanations - global_top_shap_text, label=${label}, feature=${feature}`;
          groups.push(valuesGroup(name, tokens, [...labelPath, key, feature]));
        }
      }
    }
  }
  return groups;
}

/** One metric per key, typed by its value as the SDK types a Python value: str is text, bool is boolean, int and float are numbers. */
function valuesGroup(name: string, value: unknown, path: JsonPath): RawMetricGroup {
  const values = reader.object(value, path);
  return {
    name,
    metric_data: Object.entries(values).map(([metric, v]): RawMetric => ({ name: metric, type: metricTypeOf(v), value: v })),
  };
}

function metricTypeOf(value: unknown): TMetricType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'number';
}

function pdpGroups(explanations: JsonObject, warnings: string[]): RawMetricGroup[] {
  if (!Object.hasOwn(explanations, 'pdp')) return [];
  const path = ['explanations', 'pdp'];
  const features = reader.array(own(explanations, 'pdp'), path);
  return [{ name: 'explanations - pdp', metric_data: features.flatMap((entry, index) => pdpMetrics(entry, [...path, index], warnings)) }];
}

/** A numerical feature becomes line graphs over its values; a categorical one becomes bar charts labelled by its values. */
function pdpMetrics(entry: unknown, path: JsonPath, warnings: string[]): RawMetric[] {
  const feature = reader.object(entry, path);
  const dataType = own(feature, 'data_type');
  if (dataType === undefined) throw reader.invalid([...path, 'data_type'], 'this field is required');
  if (dataType !== 'numerical' && dataType !== 'categorical') {
    warnings.push(
      `The PDP entry at ${pathText(path)} was left out, as the SDK does: its data_type is ${describeJson(dataType)}, neither "numerical" nor "categorical".`,
    );
    return [];
  }
  const featureName = reader.nameText(feature, 'feature_name', path);
  const list = (key: string) => reader.array(own(feature, key), [...path, key]);
  const featureValues = list('feature_values');
  const distribution = list('data_distribution');
  const headers = list('label_headers');
  const predictions = list('model_predictions');
  if (predictions.length < headers.length) {
    throw reader.invalid([...path, 'model_predictions'], `expected one list of predictions per label header (${headers.length}), found ${predictions.length}`);
  }
  // Axis names keep the report's raw values, as the SDK copies them; only metric names are formatted as text.
  const rawFeatureName = own(feature, 'feature_name');
  const metric = (name: string, ys: unknown[], series: string, yAxis: unknown): RawMetric =>
    dataType === 'numerical'
      ? {
          name,
          type: 'linear_graph',
          value: zipPoints(featureValues, ys, ['feature_values', series], `PDP metric ${quoted(name)}`, warnings),
          x_axis_name: rawFeatureName,
          y_axis_name: yAxis,
        }
      : { name, type: 'bar_chart', value: ys, x_axis_name: featureValues, y_axis_name: yAxis };
  return [
    metric(`data_distribution - feature=${featureName}`, distribution, 'data_distribution', 'Data distribution'),
    ...headers.map((header, index) => {
      const label = reader.scalarText(header, [...path, 'label_headers', index]);
      const ys = reader.array(predictions[index], [...path, 'model_predictions', index]);
      return metric(`model_predictions - feature=${featureName}, label=${label}`, ys, `model_predictions[${index}]`, header);
    }),
  ];
}
