// The schema has the last word: a metric it refuses never leaves the parser, even one the repairs did not foresee.
import { describe, expect, it, vi } from 'vitest';
import { parseReport } from './parse-report';

// A content schema stricter than the one the repairs were written for: line graphs of at most two points.
vi.mock('../schemas/model-card-content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../schemas/model-card-content')>();
  const { z } = await import('zod');
  const ZMetricData = actual.ZMetricData.refine((metric) => metric.type !== 'linear_graph' || metric.value.length <= 2, {
    message: 'at most 2 points',
    path: ['value'],
  });
  return { ...actual, ZMetricData, ZMetricGroup: z.object({ name: z.string(), metric_data: z.array(ZMetricData) }) };
});

describe('fitMetricGroups', () => {
  it("leaves out, with the schema's own words, a metric the content schema refuses although the repairs let it through", () => {
    const graph = (name: string, points: number) => ({
      name,
      type: 'linear_graph',
      value: Array.from({ length: points }, (_, i) => [i, i]),
    });
    const result = parseReport(JSON.stringify({ metric_groups: [{ name: 'g', metric_data: [graph('short', 2), graph('long', 3)] }] }));
    expect(result.metric_groups).toStrictEqual([{ name: 'g', metric_data: [graph('short', 2)] }]);
    expect(result.warnings).toStrictEqual(['Skipped metric "long" in group "g": value: at most 2 points.']);
  });
});
