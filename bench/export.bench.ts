// PDF export, side by side on one machine: View PDF through the server's route (first view renders in a warm renderer, a repeat
// view comes from the cache) against Chromium printing the same version's card page with page.pdf() in a warm, signed-in browser,
// for the one-field, a typical and the maximal card, with a trivial request to the server every 50 ms meanwhile; then export jobs
// per minute with two worker processes on one PostgreSQL (when TEST_DATABASE_URL names a server).
// Run: npm run bench:export   (tsx scripts/with-postgres.ts --or-without …: adds a throwaway PostgreSQL when its binaries are installed)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { TModelCardContent } from '../lib/schemas/model-card-content';
import { maximalContent } from '../test/fixtures/maximal-version';
import { migrateDatabase } from '../lib/server/db/migrate';
import { openDatabase } from '../lib/server/db/connection';
import { attachDatabase, closeDb } from '../lib/server/db';
import { createCard } from '../lib/server/model-cards/create-card';
import { saveVersion } from '../lib/server/model-cards/save-version';
import { createFirstAdmin } from '../lib/server/users/create-first-admin';
import { createExportJob } from '../lib/server/exports/create-export-job';
import type { Actor } from '../lib/server/auth/actor';
import { summarise } from './support/stats';
import type { Latencies } from './support/stats';
import { freePort, startCardinal } from '../scripts/support/server';
import type { RunningServer } from '../scripts/support/server';
import { signIn } from '../scripts/support/sign-in';
import { formatMarkdownTable, formatTable } from '../scripts/support/table';
import { stopOnExit } from '../scripts/support/stop-on-exit';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/support/chromium';

const WORKERS = 2;
const JOBS = 24;
const REPEATS = 20;
const PROBE_EVERY_MS = 50;
const IDLE_PROBE_MS = 3000;
const ADMIN = { name: 'Bench Admin', email: 'bench-admin@example.com', password: 'bench-admin-password-1' };

const typicalContent = (): TModelCardContent => ({ ...maximalContent(), evaluation_details: maximalContent().evaluation_details!.slice(0, 2) });

/** Each first view needs a version never rendered before: the card gets `firstViews` revisions after a version 1 that warms up. */
const CARDS: { label: string; name: string; firstViews: number; content: (revision: number) => TModelCardContent }[] = [
  {
    label: 'one-field card',
    name: 'bench-one-field',
    firstViews: 10,
    content: (revision) => ({ model_overview: { model_description: `Predicts churn (revision ${revision}).` } }),
  },
  {
    label: 'typical card (2 evaluation jobs, 40 metrics)',
    name: 'bench-typical',
    firstViews: 8,
    content: (revision) => ({ ...typicalContent(), business_details: { business_problem: `Revision ${revision}.` } }),
  },
  {
    label: 'maximal card (10 evaluation jobs, 200 metrics, 30 charts)',
    name: 'bench-maximal',
    firstViews: 5,
    // Each model has one card: this one documents another model than the typical card.
    content: (revision) => {
      const content = maximalContent();
      return {
        ...content,
        model_overview: { ...content.model_overview, model_id: `${content.model_overview!.model_id}-maximal` },
        business_details: { business_problem: `Revision ${revision}.` },
      };
    },
  },
];

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

const pagesOf = (pdf: Uint8Array) => Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? 0);
const ms = (stats: Latencies) => `${stats.p50.toFixed(stats.p50 < 10 ? 1 : 0)} / ${stats.p95.toFixed(stats.p95 < 10 ? 1 : 0)}`;

/** The cards and their revisions, written through the services into a fresh embedded database before the server opens it. */
async function seed(dataDir: string): Promise<void> {
  const mode = { kind: 'embedded', dataDir } as const;
  await migrateDatabase(mode);
  attachDatabase(openDatabase(mode));
  try {
    const admin = await createFirstAdmin(ADMIN);
    for (const card of CARDS) {
      const created = await createCard({ actor: admin as Actor, name: card.name, content: card.content(1) });
      for (let version = 2; version <= card.firstViews + 1; version++)
        await saveVersion({ actor: admin as Actor, cardId: created.card.id, baseVersion: version - 1, content: card.content(version) });
    }
  } finally {
    await closeDb();
  }
}

/** A trivial request to the server every 50 ms on a fixed schedule, timed from when it was due (a stalled server shows its whole stall). */
function probeServer(url: string): { stop: () => Promise<Latencies> } {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let running = true;
  const loop = (async () => {
    for (let due = performance.now(); running; due += PROBE_EVERY_MS) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const requestDue = due;
      pending.push(
        fetch(`${url}/api/auth/csrf`)
          .then((response) => response.text())
          .then(() => void latencies.push(performance.now() - requestDue)),
      );
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await Promise.all(pending);
      return summarise(latencies);
    },
  };
}

async function viewPdf(
  server: RunningServer,
  cookie: string,
  name: string,
  version: number,
  expected: 'hit' | 'miss',
): Promise<{ ms: number; pdf: Uint8Array }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/v1/model-cards/${name}/versions/${version}/pdf`, { headers: { Cookie: cookie } });
  const pdf = new Uint8Array(await response.arrayBuffer());
  const took = performance.now() - started;
  if (!response.ok) throw new Error(`View PDF of ${name} v${version} answered ${response.status}: ${Buffer.from(pdf).toString().slice(0, 300)}`);
  const cache = response.headers.get('x-pdf-cache');
  if (cache !== expected) throw new Error(`View PDF of ${name} v${version} was a cache ${cache}, expected a ${expected}`);
  return { ms: took, pdf };
}

async function printPage(page: Page, url: string, name: string, version: number): Promise<{ ms: number; pdf: Uint8Array }> {
  const started = performance.now();
  const response = await page.goto(`${url}/model-cards/${name}/versions/${version}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The card page of ${name} v${version} answered ${response?.status()}`);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return { ms: performance.now() - started, pdf };
}

async function compareWithChromium(): Promise<{ header: string[]; rows: string[][]; load: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-export-bench-'));
  const removeDataDir = stopOnExit(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const logFile = path.join(os.tmpdir(), `cardinal-export-bench-${process.pid}.log`);
  const rows: string[][] = [];
  const loadBefore = loadAverage();
  try {
    await seed(dataDir);
    const server = await startCardinal({
      port: await freePort(3520),
      env: { CARDINAL_DATA_DIR: dataDir, DATABASE_URL: '', NEXTAUTH_SECRET: randomBytes(32).toString('base64url') },
      log: logFile,
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    });
    try {
      console.log(`server on ${server.url} (log ${logFile}), Chromium ${browser.version()}`);
      const jar = await signIn(server.url, ADMIN.email, ADMIN.password);
      const cookie = jar.header();
      const context = await browser.newContext();
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const at = pair.indexOf('=');
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.url };
        }),
      );
      const page = await context.newPage();
      for (const card of CARDS) {
        // Version 1 warms both up (the renderers and the browser, the card page's code); it is not measured.
        await viewPdf(server, cookie, card.name, 1, 'miss');
        await printPage(page, server.url, card.name, 1);
        const versions = Array.from({ length: card.firstViews }, (_, index) => index + 2);
        const idleProbe = probeServer(server.url);
        await new Promise((resolve) => setTimeout(resolve, IDLE_PROBE_MS));
        const idle = await idleProbe.stop();
        const probe = probeServer(server.url);
        const first = [];
        for (const version of versions) first.push(await viewPdf(server, cookie, card.name, version, 'miss'));
        const duringRenders = await probe.stop();
        const repeat = [];
        for (let run = 0; run < REPEATS; run++) repeat.push(await viewPdf(server, cookie, card.name, versions.at(-1)!, 'hit'));
        const printed = [];
        for (const version of versions) printed.push(await printPage(page, server.url, card.name, version));
        const [cardinalPdf, chromiumPdf] = [first.at(-1)!.pdf, printed.at(-1)!.pdf];
        rows.push([
          card.label,
          ms(summarise(first.map((run) => run.ms))),
          ms(summarise(repeat.map((run) => run.ms))),
          ms(summarise(printed.map((run) => run.ms))),
          ms(idle),
          ms(duringRenders),
          `${(cardinalPdf.byteLength / 1024).toFixed(0)} KB, ${pagesOf(cardinalPdf)} p`,
          `${(chromiumPdf.byteLength / 1024).toFixed(0)} KB, ${pagesOf(chromiumPdf)} p`,
        ]);
        console.log(`${card.label}: done (load average ${loadAverage()})`);
      }
      await context.close();
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    removeDataDir();
  }
  return {
    header: [
      'card',
      'Cardinal first view p50 / p95 ms',
      `Cardinal repeat view (cache) p50 / p95 ms`,
      'Chromium page.pdf() p50 / p95 ms',
      'trivial request p50 / p95 ms, server idle',
      'trivial request p50 / p95 ms, during first views',
      'Cardinal PDF',
      'Chromium PDF',
    ],
    rows,
    load: `load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAverage()} after; ${os.availableParallelism()} CPUs`,
  };
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
      // Every job exports the same version: with the cache each process would render it once and serve the rest from memory.
      env: { ...process.env, DATABASE_URL: url, CARDINAL_PDF_CACHE_MB: '0' },
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
  const { card } = await createCard({ actor, name: 'bench-export-card', content: typicalContent() });
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
      `${JOBS} jobs, ${WORKERS} worker processes, PostgreSQL (card with 2 evaluation jobs, 40 metrics; PDF cache off)`,
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

const comparison = await compareWithChromium();
const renderTable = { header: comparison.header, rows: comparison.rows };
console.log(`\nView PDF through the server's route against Chromium printing the card page (${comparison.load}):\n`);
console.log(formatTable(renderTable));
const url = process.env.TEST_DATABASE_URL;
let jobsTable = null;
if (url) {
  jobsTable = { header: ['export jobs', 'jobs per minute', 'completed', 'workers that rendered', 'max attempts'], rows: [await throughputRow(url)] };
  console.log(`\nExport jobs claimed with FOR UPDATE SKIP LOCKED by separate processes (load average ${loadAverage()}):\n`);
  console.log(formatTable(jobsTable));
} else {
  console.log('\nJobs per minute: SKIPPED, no PostgreSQL server (TEST_DATABASE_URL unset).');
}
console.log('\nMarkdown:\n');
console.log(formatMarkdownTable(renderTable));
if (jobsTable) console.log(`\n${formatMarkdownTable(jobsTable)}`);
