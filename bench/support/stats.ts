// Latency statistics for the benchmarks: nearest-rank percentiles over measured runs, after warm-up runs that are thrown away.
import { performance } from 'node:perf_hooks';

export type Latencies = { runs: number; p50: number; p95: number; mean: number; wallMs: number };

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarise(latencies: number[], wallMs = latencies.reduce((sum, value) => sum + value, 0)): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean, wallMs };
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Runs `work` `warmUp` times unmeasured, then `runs` times one after another. `work` may report
 * its own duration (e.g. the server's execution time from EXPLAIN ANALYZE) by returning a number;
 * otherwise the wall time of the call is taken.
 */
export async function measure(work: () => Promise<number | void>, { runs, warmUp }: { runs: number; warmUp: number }): Promise<Latencies> {
  for (let run = 0; run < warmUp; run++) await work();
  const latencies: number[] = [];
  const start = performance.now();
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    const reported = await work();
    latencies.push(typeof reported === 'number' ? reported : performance.now() - began);
  }
  return summarise(latencies, performance.now() - start);
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
