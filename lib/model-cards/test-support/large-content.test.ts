// The large-content generator must give valid content of the asked size, the same for the same seed, or the benchmarks built on it mean nothing.
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_CHARS, ZModelCardContent } from '../../schemas/model-card-content';
import { makeLargeContent } from './large-content';

describe('makeLargeContent', () => {
  it.each([5_000, 30_000, 77_777, MAX_CONTENT_CHARS])('builds valid content of exactly %i characters', (target) => {
    const content = makeLargeContent(target, 3);
    expect(ZModelCardContent.safeParse(content).success).toBe(true);
    expect(JSON.stringify(content)).toHaveLength(target);
  });

  it('uses every metric type', () => {
    const types = new Set(
      makeLargeContent(20_000, 1).evaluation_details!.flatMap((job) => job.metric_groups!.flatMap((group) => group.metric_data.map((m) => m.type))),
    );
    expect([...types].sort()).toEqual(['bar_chart', 'boolean', 'linear_graph', 'matrix', 'number', 'string']);
  });

  it('gives the same content for the same seed and different content for another', () => {
    expect(makeLargeContent(40_000, 9)).toEqual(makeLargeContent(40_000, 9));
    expect(makeLargeContent(40_000, 9)).not.toEqual(makeLargeContent(40_000, 10));
  });

  it('returns the fixed part, still valid, when the target is smaller than it', () => {
    const content = makeLargeContent(100, 1);
    expect(ZModelCardContent.safeParse(content).success).toBe(true);
    expect(content.evaluation_details).toEqual([]);
  });
});
