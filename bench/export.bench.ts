// PDF export: render time and size of the largest and the smallest card, rendered in this process and in a child process (as the server does) with the latency of a trivial HTTP request to this process meanwhile, and export jobs per minute with two worker processes on one PostgreSQL (when TEST_DATABASE_URL names a server).
// Run: npm run bench:export   (tsx scripts/with-postgres.ts --or-without …: adds a throwaway PostgreSQL when its binaries are installed)
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { renderVersionDocument } from '../lib/pdf/render-version-document';
import { createRenderPool } from '../lib/pdf/render-pool';
import { encodeRenderInput } from '../lib/pdf/render-input';
import type { VersionDto } from '../lib/server/model-cards/card-dto';
import { maximalContent, maximalVersion, minimalVersion } from '../test/fixtures/maximal-version';
import { migrateDatabase } from '../lib/server/db/migrate';
import { openDatabase } from '../lib/server/db/connection';
import { attachDatabase, closeDb } from '../lib/server/db';
import { createCard } from '../lib/server/model-cards/create-card';
import { createExportJob } from '../lib/server/exports/create-export-job';
import type { Actor } from '../lib/server/auth/actor';
import { measure } from './support/stats';
import { startHttpProbe } from './support/export-http-probe';
import { formatMarkdownTable, formatTable } from '../scripts/support/table';
import { stopOnExit } from '../scripts/support/stop-on-exit';

const WORKERS = 2;
const JOBS = 24;

const pool = createRenderPool();

const RENDERERS = {
  'in this process': (version: VersionDto) => renderVersionDocument(version),
  'warm renderer process (the server)': async (version: VersionDto) => ({ bytes: await pool.render(encodeRenderInput(version)) }),
} as const;

async function renderRows(): Promise<string[][]> {
  const rows: string[][] = [];
  for (const [label, version, runs] of [
    ['largest card (10 jobs, 200 metrics, 30 charts, 5 reviews)', maximalVersion(), 5],
    ['smallest card (one field)', minimalVersion(), 10],
  ] as const) {
    for (const [where, render] of Object.entries(RENDERERS)) {
      let bytes = 0;
      let pages = 0;
      await render(version);
      const probe = await startHttpProbe();
      const stats = await measure(
        async () => {
          const pdf = await render(version);
          bytes = pdf.bytes.byteLength;
          pages = Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(pdf.bytes).toString('latin1'))?.[1] ?? 0);
        },
        { runs, warmUp: 0 },
      );
      const http = await probe.stop();
      rows.push([label, where, String(stats.runs), stats.p50.toFixed(0), stats.p95.toFixed(0), http.p95.toFixed(0), (bytes / 1024).toFixed(0), String(pages)]);
    }
  }
  return rows;
}

/**
 * A worker in a process group of its own, started without npx in between: signalling the group reaches the worker itself
 * (a SIGTERM to npx alone left the worker running, and the bench waiting on its output, and the database with it).
 */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/tsx/dist/cli.mjs'),
      '--import',
      './bench/support/stub-server-only.mjs',
      path.join('bench', 'support', 'export-worker-process.ts'),
    ],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  child.on(
    'exit',
    stopOnExit(() => signalGroup(child, 'SIGKILL')),
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** Asks each worker to finish the job in hand, and waits until every one has exited. */
async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map((worker) => {
      if (worker.exitCode !== null || worker.signalCode !== null) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      signalGroup(worker, 'SIGTERM');
      return exited;
    }),
  );
}

/** Jobs of a mid-sized card (two evaluation jobs of the largest card's ten), created at once, rendered by two worker processes. */
async function throughputRow(url: string): Promise<string[]> {
  await migrateDatabase({ kind: 'postgres', url });
  const db = attachDatabase(openDatabase({ kind: 'postgres', url }));
  const actor: Actor = await db.user.create({
    data: { email: 'bench@example.com', name: 'Bench', roles: ['author'] },
    select: { id: true, email: true, name: true, roles: true },
  });
  const content = { ...maximalContent(), evaluation_details: maximalContent().evaluation_details!.slice(0, 2) };
  const { card } = await createCard({ actor, name: 'bench-export-card', content });
  const workers = await Promise.allSettled(Array.from({ length: WORKERS }, () => startWorker(url)));
  const started = workers.flatMap((worker) => (worker.status === 'fulfilled' ? [worker.value] : []));
  const client = new Client({ connectionString: url });
  try {
    const failed = workers.find((worker) => worker.status === 'rejected');
    if (failed) throw failed.reason;
    const start = performance.now();
    for (let i = 0; i < JOBS; i++) await createExportJob({ actor, cardName: card.name, jobName: `bench-${i}` });
    await client.connect();
    let done = 0;
    while (done < JOBS) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      done = Number((await client.query(`SELECT count(*) AS n FROM "ExportJob" WHERE status <> 'InProgress'`)).rows[0].n);
    }
    const minutes = (performance.now() - start) / 60_000;
    const { rows } = await client.query(
      `SELECT count(DISTINCT "claimedBy") AS workers, max(attempts) AS attempts, count(*) FILTER (WHERE status = 'Completed') AS completed FROM "ExportJob"`,
    );
    return [
      `${JOBS} jobs, ${WORKERS} worker processes, PostgreSQL (card with 2 evaluation jobs, 40 metrics)`,
      (JOBS / minutes).toFixed(1),
      String(rows[0].completed),
      String(rows[0].workers),
      String(rows[0].attempts),
    ];
  } finally {
    await client.end().catch(() => {});
    await stopWorkers(started);
    await closeDb();
  }
}

const renders = await renderRows();
await pool.stop();
const renderTable = {
  header: ['card', 'rendered', 'runs', 'render p50 ms', 'render p95 ms', 'HTTP p95 ms meanwhile', 'PDF KB', 'pages'],
  rows: renders,
  labelColumns: 2,
};
console.log('\nRendering one version to PDF (react-pdf), and a trivial HTTP request to this process every 50 ms meanwhile:\n');
console.log(formatTable(renderTable));
const url = process.env.TEST_DATABASE_URL;
let jobsTable = null;
if (url) {
  jobsTable = { header: ['export jobs', 'jobs per minute', 'completed', 'workers that rendered', 'max attempts'], rows: [await throughputRow(url)] };
  console.log('\nExport jobs claimed with FOR UPDATE SKIP LOCKED by separate processes:\n');
  console.log(formatTable(jobsTable));
} else {
  console.log('\nJobs per minute: SKIPPED, no PostgreSQL server (TEST_DATABASE_URL unset).');
}
console.log('\nMarkdown:\n');
console.log(formatMarkdownTable(renderTable));
if (jobsTable) console.log(`\n${formatMarkdownTable(jobsTable)}`);
