// PDF layout inside one warm process: wall and CPU time per render of the one-field, a typical (2 evaluation jobs, 40 metrics) and the largest card, after warm-up renders, with the machine's load beside every figure. Every run renders the same version, so its strings are already shaped (shaped-text-cache.ts); the last column clears that cache before each render, as for a card whose text the renderer has never seen. End-to-end figures through the server are bench:export's.
// Run (with the renderers' young generation, render-pool.ts): NODE_ENV=production node --max-semi-space-size=64 --import tsx --import ./bench/support/stub-server-only.mjs bench/pdf-layout.bench.ts [runs]
// Profile: the same with --cpu-prof after node, and 3 runs
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { renderVersionDocument } from '../lib/pdf/render-version-document';
import { clearShapedText } from '../lib/pdf/shaped-text-cache';
import type { VersionDto } from '../lib/server/model-cards/card-dto';
import { maximalContent, maximalVersion, minimalVersion } from '../test/fixtures/maximal-version';
import { percentile } from './support/stats';
import { formatTable } from '../scripts/support/table';

const RUNS = Number(process.argv[2] ?? 10);
const WARM_UP = 2;

/** The largest card's first two evaluation jobs: 40 metrics, six charts. */
function typicalVersion(): VersionDto {
  const content = maximalContent();
  content.evaluation_details = content.evaluation_details!.slice(0, 2);
  return maximalVersion({ content });
}

const CARDS: [string, () => VersionDto][] = [
  ['one field', minimalVersion],
  ['typical (2 jobs, 40 metrics)', typicalVersion],
  ['largest (10 jobs, 200 metrics, 30 charts)', () => maximalVersion()],
];

const load = () => os.loadavg()[0].toFixed(1);

const rows: string[][] = [];
for (const [label, make] of CARDS) {
  const version = make();
  const first = await renderVersionDocument(version);
  for (let run = 1; run < WARM_UP; run++) await renderVersionDocument(version);
  const wall: number[] = [];
  const cpu: number[] = [];
  const loadBefore = load();
  for (let run = 0; run < RUNS; run++) {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const pdf = await renderVersionDocument(version);
    const used = process.cpuUsage(cpuBefore);
    wall.push(performance.now() - began);
    cpu.push((used.user + used.system) / 1000);
    if (pdf.sha256 !== first.sha256) throw new Error(`${label}: two renders of one version differ`);
  }
  const cpuUnshaped: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    clearShapedText();
    const cpuBefore = process.cpuUsage();
    await renderVersionDocument(version);
    const used = process.cpuUsage(cpuBefore);
    cpuUnshaped.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  cpuUnshaped.sort((a, b) => a - b);
  const pages = /\/Type \/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(first.bytes).toString('latin1'))?.[1] ?? '?';
  rows.push([
    label,
    pages,
    String(RUNS),
    percentile(wall, 50).toFixed(0),
    percentile(wall, 95).toFixed(0),
    percentile(cpu, 50).toFixed(0),
    percentile(cpu, 95).toFixed(0),
    percentile(cpuUnshaped, 50).toFixed(0),
    `${loadBefore} → ${load()}`,
  ]);
}
console.log(`PDF layout in one warm process (${os.cpus().length} CPUs, node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? ''})\n`);
console.log(
  formatTable({
    header: ['card', 'pages', 'runs', 'wall p50 ms', 'wall p95 ms', 'CPU p50 ms', 'CPU p95 ms', 'CPU p50 ms, shaped-text cache emptied', 'load (1 min)'],
    rows,
  }),
);
