// A Clarify bias report gives one metric group per bias section, facet and facet value, named and filled as the SDK's ClarifyBiasParser does (reference §3.3).
import { fitMetricGroups, type ParsedMetricGroups, type RawMetric, type RawMetricGroup } from './fit-metric-groups';
import { describeJson } from './report-messages';
import { isJsonObject, own, ReportReader, type JsonObject } from './report-reader';

const reader = new ReportReader('Clarify bias report');

export function parseClarifyBiasReport(report: JsonObject): ParsedMetricGroups {
  const warnings: string[] = [];
  const groups: RawMetricGroup[] = [];
  for (const [section, content] of Object.entries(report)) {
    // Scalars such as "version" hold no metrics. A combined Clarify analysis.json also holds "explanations",
    // which the SDK's bias parser would reject; the explainability parser reads that part.
    if (!isJsonObject(content) || (section === 'explanations' && !Object.hasOwn(content, 'facets'))) continue;
    const facets = reader.object(own(content, 'facets'), [section, 'facets']);
    for (const [facet, items] of Object.entries(facets)) {
      const facetPath = [section, 'facets', facet];
      // The SDK merges values of one facet that end up with the same group name, never across facets.
      const byName = new Map<string, RawMetric[]>();
      reader.array(items, facetPath).forEach((entry, index) => {
        const itemPath = [...facetPath, index];
        const item = reader.object(entry, itemPath);
        const label = reader.nameText(content, 'label', [section]);
        const labelValue = reader.nameText(content, 'label_value_or_threshold', [section]);
        const facetValue = reader.nameText(item, 'value_or_threshold', itemPath);
        const name = `${section} - label ${label} = ${labelValue} and facet ${facet}=${facetValue}`;
        const metrics = byName.get(name) ?? [];
        byName.set(name, metrics);
        reader.array(own(item, 'metrics'), [...itemPath, 'metrics']).forEach((rawMetric, m) => {
          const metricPath = [...itemPath, 'metrics', m];
          const metric = reader.object(rawMetric, metricPath);
          const metricName = own(metric, 'name');
          if (typeof metricName !== 'string') {
            throw reader.invalid([...metricPath, 'name'], `expected text, found ${describeJson(metricName)}`);
          }
          const value = own(metric, 'value');
          // Clarify leaves a metric it could not compute without a value; the SDK skips it.
          if (value !== null && value !== undefined) metrics.push({ name: metricName, type: 'number', value });
        });
      });
      for (const [name, metric_data] of byName) groups.push({ name, metric_data });
    }
  }
  return { metric_groups: fitMetricGroups(groups, warnings), warnings };
}
