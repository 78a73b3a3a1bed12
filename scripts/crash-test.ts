// `npm run test:crash`: concurrent saves through the SageMaker API against the production server, whose process group is SIGKILLed
// mid-load, then restarted on the same data; each round checks that it starts, that every save a client saw acknowledged is there, that
// each card's versions are 1..N, and that `audit:verify` passes. Both engines: embedded PGlite and a throwaway PostgreSQL.
// Options: --rounds N (3), --load-ms N (10000), --writers N (8), --engines pglite,postgres. `--short` is one round of 3 s per engine, for CI.
// Uses the existing build (`npx next build` first, or `npm start` builds it); exits 1 when any check fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  CreateModelCardCommand,
  DescribeModelCardCommand,
  ListModelCardVersionsCommand,
  SageMakerClient,
  UpdateModelCardCommand,
} from '@aws-sdk/client-sagemaker';
import { startThrowawayPostgres } from './throwaway-postgres';
import type { ThrowawayPostgres } from './throwaway-postgres';
import { freePort, startCardinal } from './support/server';

type Engine = 'pglite' | 'postgres';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const short = process.argv.includes('--short');
const ROUNDS = option('rounds', short ? 1 : 3);
const LOAD_MS = option('load-ms', short ? 3_000 : 10_000);
const WRITERS = option('writers', 8);
const CARDS = Math.max(1, Math.ceil(WRITERS / 2));
const enginesIndex = process.argv.indexOf('--engines');
const ENGINES = (enginesIndex >= 0 ? process.argv[enginesIndex + 1].split(',') : ['pglite', 'postgres']) as Engine[];

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const KEY = { accessKeyId: 'AKIACRASHTESTKEY0001', secretAccessKey: 'crash-test-secret-0123456789abcdef' };

function auditVerify(env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  const child = spawn(TSX, ['--conditions=react-server', 'scripts/audit-verify.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ ok: code === 0, output: output.trim() })));
}

const contentOf = (marker: string) => JSON.stringify({ model_overview: { model_description: marker } });

type Ack = { card: string; marker: string };

/** Writers save to their card until told to stop (or their server dies); only answers that arrived count as acknowledged. */
async function runLoad(
  client: SageMakerClient,
  round: number,
  cards: string[],
  running: { on: boolean; acked: number },
): Promise<{ acked: Ack[]; failed: Map<string, number> }> {
  const acked: Ack[] = [];
  const failed = new Map<string, number>();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const card = cards[writer % cards.length];
      for (let save = 0; running.on; save++) {
        const marker = `round ${round} writer ${writer} save ${save}`;
        try {
          await client.send(new UpdateModelCardCommand({ ModelCardName: card, Content: contentOf(marker) }));
          acked.push({ card, marker });
          running.acked++;
        } catch (error) {
          const name = (error as Error).name;
          failed.set(name, (failed.get(name) ?? 0) + 1);
          // After the kill every call fails at once; do not spin.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }),
  );
  return { acked, failed };
}

type Check = { found: number; lost: string[]; versionProblems: string[]; stored: number };

async function checkSaves(client: SageMakerClient, cards: string[], acked: Ack[]): Promise<Check> {
  const stored = new Map<string, Set<string>>();
  const versionProblems: string[] = [];
  let total = 0;
  for (const card of cards) {
    const versions: number[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListModelCardVersionsCommand({ ModelCardName: card, MaxResults: 100, NextToken }));
      versions.push(...(page.ModelCardVersionSummaryList ?? []).map((summary) => summary.ModelCardVersion!));
      NextToken = page.NextToken;
    } while (NextToken);
    versions.sort((a, b) => a - b);
    const expected = Array.from({ length: versions.length }, (_, index) => index + 1);
    if (versions.join(',') !== expected.join(',')) versionProblems.push(`${card}: versions are not 1..${versions.length}`);
    const latest = await client.send(new DescribeModelCardCommand({ ModelCardName: card }));
    if (latest.ModelCardVersion !== versions.length) versionProblems.push(`${card}: latest is ${latest.ModelCardVersion}, ${versions.length} listed`);
    const markers = new Set<string>();
    for (const version of versions) {
      const described = await client.send(new DescribeModelCardCommand({ ModelCardName: card, ModelCardVersion: version }));
      markers.add((JSON.parse(described.Content!) as { model_overview?: { model_description?: string } }).model_overview?.model_description ?? '');
    }
    stored.set(card, markers);
    total += versions.length;
  }
  const lost = acked.filter((ack) => !stored.get(ack.card)?.has(ack.marker)).map((ack) => `${ack.card}: ${ack.marker}`);
  return { found: acked.length - lost.length, lost, versionProblems, stored: total };
}

type Row = {
  engine: Engine;
  round: number;
  acknowledged: number;
  found: number;
  lost: number;
  storedVersions: number;
  versions: string;
  audit: string;
  restartS: string;
};

async function crashEngine(engine: Engine): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cardinal-crash-${engine}-`));
  let postgres: ThrowawayPostgres | null = null;
  if (engine === 'postgres') {
    postgres = await startThrowawayPostgres();
    if (!postgres) {
      console.log('PostgreSQL lane skipped: no PostgreSQL server binaries are installed (set POSTGRES_BIN).');
      return [];
    }
  }
  const settings: Record<string, string> = {
    CARDINAL_SKIP_BUILD: process.env.CARDINAL_SKIP_BUILD ?? '1',
    CARDINAL_DATA_DIR: dataDir,
    DATABASE_URL: postgres?.url ?? '',
    NEXTAUTH_SECRET: 'crash-test-session-secret-0123456789',
    CARDINAL_ADMIN_EMAIL: 'crash-admin@example.com',
    CARDINAL_ADMIN_PASSWORD: 'crash-admin-password',
    CARDINAL_ADMIN_ACCESS_KEY_ID: KEY.accessKeyId,
    CARDINAL_ADMIN_SECRET_ACCESS_KEY: KEY.secretAccessKey,
  };
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...settings };
  const port = await freePort();
  // The server's output goes to a file beside its data, which the finally below removes once the engine's rounds are done.
  const start = () => startCardinal({ port, env: settings, log: path.join(dataDir, 'server.log'), timeoutMs: 120_000 });
  const client = new SageMakerClient({ endpoint: `http://127.0.0.1:${port}/api/sagemaker`, region: 'us-east-1', credentials: KEY, maxAttempts: 1 });
  const rows: Row[] = [];
  const cards = Array.from({ length: CARDS }, (_, index) => `crash-card-${index + 1}`);
  const acked: Ack[] = [];
  let server = await start();
  try {
    for (const card of cards) {
      await client.send(new CreateModelCardCommand({ ModelCardName: card, Content: contentOf(`${card} created`), ModelCardStatus: 'Draft' }));
      acked.push({ card, marker: `${card} created` });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const running = { on: true, acked: 0 };
      const load = runLoad(client, round, cards, running);
      // The clock starts once the fresh server answers saves at its normal pace (as many acknowledged as there are writers), and the
      // kill lands at a point that differs per round, while every writer has a save in flight.
      const warmedBy = Date.now() + 120_000;
      while (running.acked < WRITERS && Date.now() < warmedBy) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, LOAD_MS * (0.75 + Math.random() / 2)));
      await server.stop('SIGKILL');
      running.on = false;
      const result = await load;
      acked.push(...result.acked);

      // The killed server's lock (embedded) or connections (PostgreSQL) must not stop the checker nor the next start.
      const audit = await auditVerify(env);
      const started = Date.now();
      server = await start();
      const restartS = ((Date.now() - started) / 1000).toFixed(1);
      const check = await checkSaves(client, cards, acked);
      rows.push({
        engine,
        round,
        acknowledged: acked.length,
        found: check.found,
        lost: check.lost.length,
        storedVersions: check.stored,
        versions: check.versionProblems.length ? check.versionProblems.join('; ') : '1..N',
        audit: audit.ok ? 'intact' : `FAILED: ${audit.output.split('\n')[0]}`,
        restartS,
      });
      for (const lost of check.lost.slice(0, 5)) console.log(`  lost: ${lost}`);
      console.log(
        `${engine} round ${round}: ${acked.length} acknowledged, ${check.found} found, ${check.stored} versions stored, calls failed: ${JSON.stringify(Object.fromEntries(result.failed))}, ` +
          `restart ${restartS} s, audit ${audit.ok ? 'intact' : 'FAILED'}`,
      );
    }
  } finally {
    await server.stop();
    postgres?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

const started = Date.now();
const rows: Row[] = [];
for (const engine of ENGINES) rows.push(...(await crashEngine(engine)));
console.log(`\nCrash test: ${ROUNDS} round(s) per engine, ${WRITERS} writers on ${CARDS} cards, SIGKILL after about ${LOAD_MS} ms of load`);
console.table(rows);
const failed = rows.filter((row) => row.lost > 0 || row.versions !== '1..N' || row.audit !== 'intact');
console.log(`${failed.length ? 'FAILED' : 'Passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(failed.length || rows.length === 0 ? 1 : 0);
