// Measures the versioning engine: saveVersion throughput and latency, and the hub's list queries at 10,000 cards; on PGlite always, and on PostgreSQL when TEST_DATABASE_URL names a server.
// Run: tsx --conditions=react-server bench/versioning.bench.ts
//      tsx scripts/with-postgres.ts tsx --conditions=react-server bench/versioning.bench.ts   (adds a throwaway PostgreSQL)
import { performance } from 'node:perf_hooks';
import type { OpenDatabase } from '../lib/server/db/connection';
import { onPGlite, onPostgres } from './support/database-lanes';
import { closeDb, attachDatabase } from '../lib/server/db';
import type { Actor } from '../lib/server/auth/actor';
import { createUser } from './support/bench-user';
import { makeLargeContent } from '../lib/model-cards/test-support/large-content';
import { createCard } from '../lib/server/model-cards/create-card';
import { saveVersion } from '../lib/server/model-cards/save-version';
import { listCards } from '../lib/server/model-cards/list-cards';
import { countCards } from '../lib/server/model-cards/count-cards';

const SEQUENTIAL_SAVES = 200;
const PARALLEL_WRITERS = 8;
const SAVES_PER_PARALLEL_WRITER = 25;
const CONTENT_CHARS = 20_000;
const BULK_CARDS = 10_000;
const QUERY_RUNS = 50;
const WARM_UP_RUNS = 5;

type Row = { lane: string; operation: string; runs: number; perSecond: number; p50: number; p95: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(lane: string, operation: string, latencies: number[], wallMs: number): Row {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { lane, operation, runs: latencies.length, perSecond: (latencies.length / wallMs) * 1000, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function measureQuery(lane: string, operation: string, query: () => Promise<unknown>): Promise<Row> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await query();
  const latencies: number[] = [];
  const start = performance.now();
  for (let run = 0; run < QUERY_RUNS; run++) latencies.push(await timed(query));
  return summarise(lane, operation, latencies, performance.now() - start);
}

/** Content of about CONTENT_CHARS characters, different for each seed (the model id follows the seed). */
const contents = (count: number, firstSeed: number) => Array.from({ length: count }, (_, index) => makeLargeContent(CONTENT_CHARS, firstSeed + index));

async function benchSaves(lane: string, author: Actor): Promise<Row[]> {
  const card = await createCard({ actor: author, name: 'bench-saves', content: makeLargeContent(CONTENT_CHARS, 1) });
  const sequential = contents(SEQUENTIAL_SAVES, 2);
  const latencies: number[] = [];
  let version = card.version;
  const start = performance.now();
  for (const content of sequential) {
    latencies.push(await timed(async () => ({ version } = await saveVersion({ actor: author, cardId: card.card.id, baseVersion: version, content }))));
  }
  const rows = [summarise(lane, `saveVersion, one card, one writer (${CONTENT_CHARS / 1000}k chars)`, latencies, performance.now() - start)];

  const cards = await Promise.all(
    Array.from({ length: PARALLEL_WRITERS }, (_, writer) =>
      createCard({ actor: author, name: `bench-parallel-${writer}`, content: makeLargeContent(CONTENT_CHARS, 10_000 + writer * 100) }),
    ),
  );
  const parallelLatencies: number[] = [];
  const parallelStart = performance.now();
  await Promise.all(
    cards.map(async (saved, writer) => {
      let base = saved.version;
      for (const content of contents(SAVES_PER_PARALLEL_WRITER, 10_001 + writer * 100)) {
        parallelLatencies.push(
          await timed(async () => ({ version: base } = await saveVersion({ actor: author, cardId: saved.card.id, baseVersion: base, content }))),
        );
      }
    }),
  );
  rows.push(summarise(lane, `saveVersion, ${PARALLEL_WRITERS} writers on ${PARALLEL_WRITERS} cards`, parallelLatencies, performance.now() - parallelStart));
  return rows;
}

/** Hub rows straight from SQL: statuses, risks, owners and times spread out, no versions or audit events (the list reads neither). */
async function bulkInsertCards(database: OpenDatabase, ownerIds: string[]): Promise<void> {
  await database.rawQuery(
    `INSERT INTO "ModelCard" ("id", "name", "status", "latestVersion", "riskRating", "ownerId", "createdById", "updatedById", "createdAt", "updatedAt")
     SELECT 'bulk-' || i, 'bulk-card-' || lpad(i::text, ${String(BULK_CARDS).length}, '0'),
            (ARRAY['Draft', 'PendingReview', 'Approved', 'Archived'])[1 + (i / 4) % 4]::"CardStatus", 1 + i % 7,
            (ARRAY['High', 'Medium', 'Low', 'Unknown'])[1 + i % 4]::"RiskRating",
            ($1::text[])[1 + i % ${ownerIds.length}], ($1::text[])[1 + i % ${ownerIds.length}], ($1::text[])[1 + (i / 3) % ${ownerIds.length}],
            now() - make_interval(mins => i), now() - make_interval(secs => (i * 7919) % 100000)
     FROM generate_series(1, ${BULK_CARDS}) AS i`,
    [`{${ownerIds.join(',')}}`],
  );
  await database.rawQuery('ANALYZE "ModelCard"');
}

async function benchListing(lane: string, database: OpenDatabase, reader: Actor): Promise<Row[]> {
  const owners = await Promise.all(Array.from({ length: 10 }, (_, index) => createUser(database, `bench-owner-${index}`, ['author'])));
  await bulkInsertCards(
    database,
    owners.map((owner) => owner.id),
  );
  const total = (await countCards({ actor: reader })).total;
  const at = `at ${total.toLocaleString('en-US')} cards`;
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) cursor = (await listCards({ actor: reader, limit: 100, cursor })).nextCursor ?? undefined;
  return [
    await measureQuery(lane, `listCards first page (last modified) ${at}`, () => listCards({ actor: reader })),
    await measureQuery(lane, `listCards name search "card-004" ${at}`, () => listCards({ actor: reader, filters: { nameContains: 'card-004' } })),
    await measureQuery(lane, `listCards status = PendingReview ${at}`, () => listCards({ actor: reader, filters: { status: ['PendingReview'] } })),
    await measureQuery(lane, `listCards page after row 5,000 (cursor) ${at}`, () => listCards({ actor: reader, cursor })),
    await measureQuery(lane, `countCards by status and risk ${at}`, () => countCards({ actor: reader })),
  ];
}

async function runLane(lane: string, database: OpenDatabase): Promise<Row[]> {
  attachDatabase(database);
  try {
    const author = await createUser(database, 'bench-author', ['author']);
    const auditor = await createUser(database, 'bench-auditor', ['auditor']);
    return [...(await benchSaves(lane, author)), ...(await benchListing(lane, database, auditor))];
  } finally {
    await closeDb();
  }
}

function printTable(rows: Row[]): void {
  const header = ['lane', 'operation', 'runs', 'per second', 'p50 ms', 'p95 ms'];
  const cells = rows.map((row) => [row.lane, row.operation, String(row.runs), row.perSecond.toFixed(1), row.p50.toFixed(2), row.p95.toFixed(2)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const format = (line: string[]) => line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of cells) console.log(format(line));
}

const rows = await onPGlite(runLane);
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) rows.push(...(await onPostgres(postgresUrl, runLane)));
else console.log('PostgreSQL lane skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.ts to include it).\n');
printTable(rows);
