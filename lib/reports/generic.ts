// A generic report is already in the model-card metric schema: its groups are taken as given (the SDK's DefaultParser), keeping only the fields a metric group and a metric have.
import { METRIC_TYPES, type TMetricType } from '../schemas/model-card-content';
import { fitMetricGroups, type ParsedMetricGroups, type RawMetric, type RawMetricGroup } from './fit-metric-groups';
import { describeJson, listSome, quoted } from './report-messages';
import { own, ReportReader, type JsonObject, type JsonPath } from './report-reader';

const reader = new ReportReader('generic model-card metric file');
const METRIC_FIELDS = new Set(['name', 'type', 'value', 'notes', 'x_axis_name', 'y_axis_name']);

export function parseGenericReport(report: JsonObject): ParsedMetricGroups {
  const warnings: string[] = [];
  const groups = reader.array(own(report, 'metric_groups'), ['metric_groups']).map((item, index): RawMetricGroup => {
    const path = ['metric_groups', index];
    const group = reader.object(item, path);
    const name = requiredText(group, 'name', path);
    // The SDK rebuilds each group from name and metric_data alone, so anything else would not survive its import either.
    const extra = Object.keys(group).filter((key) => key !== 'name' && key !== 'metric_data');
    if (extra.length > 0) warnings.push(`Group ${quoted(name)} had ${listFields(extra)} that a metric group does not keep; left out.`);
    const metrics = reader.array(own(group, 'metric_data'), [...path, 'metric_data']);
    return { name, metric_data: metrics.map((metric, i) => readMetric(metric, [...path, 'metric_data', i], name, warnings)) };
  });
  return { metric_groups: fitMetricGroups(groups, warnings), warnings };
}

function readMetric(item: unknown, path: JsonPath, group: string, warnings: string[]): RawMetric {
  const metric = reader.object(item, path);
  const name = requiredText(metric, 'name', path);
  const type = own(metric, 'type');
  if (!METRIC_TYPES.includes(type as TMetricType)) {
    throw reader.invalid([...path, 'type'], `expected one of ${METRIC_TYPES.join(', ')}, found ${describeJson(type)}`);
  }
  const extra = Object.keys(metric).filter((key) => !METRIC_FIELDS.has(key));
  if (extra.length > 0) {
    warnings.push(`Metric ${quoted(name)} in group ${quoted(group)} had ${listFields(extra)} that a metric cannot have; left out.`);
  }
  return {
    name,
    type: type as TMetricType,
    value: own(metric, 'value'),
    notes: own(metric, 'notes'),
    x_axis_name: own(metric, 'x_axis_name'),
    y_axis_name: own(metric, 'y_axis_name'),
  };
}

function requiredText(object: JsonObject, key: string, path: JsonPath): string {
  const value = own(object, key);
  if (typeof value === 'string') return value;
  throw reader.invalid([...path, key], `expected text, found ${describeJson(value)}`);
}

function listFields(keys: string[]): string {
  return `${keys.length === 1 ? 'the field' : 'the fields'} ${listSome(keys.map(quoted))}`;
}
