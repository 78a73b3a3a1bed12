// The audit trail page's reads at 1,000,000 events (a few years of a busy registry): the first page, a page deep in, and every
// filter alone and combined, p50/p95, on PGlite always and on PostgreSQL when TEST_DATABASE_URL names a server.
// Run: tsx scripts/with-postgres.ts --or-without tsx --conditions=react-server bench/audit-trail.bench.ts [--events 1000000]
import os from 'node:os';
import type { OpenDatabase } from '../lib/server/db/connection';
import { onPGlite, onPostgres } from './support/database-lanes';
import { attachDatabase, closeDb } from '../lib/server/db';
import { createUser } from './support/bench-user';
import { listAuditEvents } from '../lib/server/audit/list-audit-events';
import { formatTable } from '../scripts/support/table';
import { formatMs, measure } from './support/stats';

const at = process.argv.indexOf('--events');
const EVENTS = at < 0 ? 1_000_000 : Number(process.argv[at + 1]);
const CARDS = Math.max(1, Math.floor(EVENTS / 10));
const PEOPLE = 200;
const RUNS = 50;
const WARM_UP = 5;
/** Three years, oldest event first: seq and time rise together, as they do when events are written. */
const SPAN_DAYS = 3 * 365;

type Row = { lane: string; query: string; rows: number; p50: number; p95: number };

/**
 * Events straight from SQL (their hashes are not a chain: the benchmark times reads, not verification). Most are about cards; the
 * rest spread over packages, models, webhooks and users as a registry's do, with a review-policy change every ~10,000 events.
 */
async function bulkInsertEvents(database: OpenDatabase): Promise<void> {
  await database.rawQuery(
    `INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "action", "targetType", "targetId", "targetName", "cardVersion", "contentHash", "details", "prevHash", "hash")
     SELECT now() - make_interval(secs => (${EVENTS} - i)::double precision * ${(SPAN_DAYS * 86_400) / EVENTS}),
            NULL, 'person-' || ((i / 7) % ${PEOPLE}) || '@bench.example',
            CASE kind WHEN 'model_card' THEN (ARRAY['card.version_saved', 'card.submitted', 'card.approved', 'card.created'])[1 + i % 4]
                      WHEN 'setting' THEN 'settings.review_policy_changed' ELSE kind || '.updated' END,
            kind, md5(i::text), CASE kind WHEN 'model_card' THEN 'bench-card-' || (i % ${CARDS}) WHEN 'setting' THEN 'review-policy' ELSE kind || '-' || (i % 997) END,
            CASE kind WHEN 'model_card' THEN 1 + i / ${CARDS} END, CASE kind WHEN 'model_card' THEN md5('content' || i) END,
            '{"note":"bench"}', md5('prev' || i), md5('hash' || i) || md5('more' || i)
     FROM (SELECT i, CASE WHEN i % 10000 = 0 THEN 'setting' WHEN i % 100 < 90 THEN 'model_card' WHEN i % 100 < 95 THEN 'model_package'
                          WHEN i % 100 < 97 THEN 'model' WHEN i % 100 < 98 THEN 'webhook' ELSE 'user' END AS kind
           FROM generate_series(1, ${EVENTS}) AS i) AS spread`,
  );
  await database.rawQuery('ANALYZE "AuditEvent"');
}

async function cursorAfter(actor: Parameters<typeof listAuditEvents>[0]['actor'], events: number): Promise<string> {
  let cursor: string | undefined;
  for (let read = 0; read < events; read += 100)
    cursor = (await listAuditEvents({ actor, query: { limit: '100', ...(cursor ? { cursor } : {}) } })).nextCursor!;
  return cursor!;
}

async function runLane(lane: string, database: OpenDatabase): Promise<Row[]> {
  attachDatabase(database);
  try {
    const auditor = await createUser(database, 'bench-auditor', ['auditor']);
    const started = performance.now();
    await bulkInsertEvents(database);
    console.log(`${lane}: ${EVENTS.toLocaleString('en-US')} events inserted in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const day = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    const deep = await cursorAfter(auditor, 10_000);
    const cases: [string, Record<string, string>][] = [
      ['first page (50, newest first)', {}],
      ['page after 10,000 events (cursor)', { cursor: deep }],
      // An event about a card (i % 100 < 90, i not a multiple of 10,000) names card i % CARDS: CARDS / 2 + 1 is named by about ten.
      ['target = one card (~10 events)', { target: `bench-card-${Math.floor(CARDS / 2) + 1}` }],
      [`person = one of ${PEOPLE} people (~${Math.round(EVENTS / PEOPLE).toLocaleString('en-US')} events)`, { person: 'person-13@bench.example' }],
      ['kind = setting (1 in 10,000)', { kind: 'setting' }],
      ['kind = webhook (1 in 100)', { kind: 'webhook' }],
      [`one day two years ago (from = to = ${day})`, { from: day, to: day }],
      // person-13 writes events i = 1400k + 91..97: the webhook ones are i % 100 = 97.
      ['person + kind = webhook (~700 events)', { person: 'person-13@bench.example', kind: 'webhook' }],
    ];
    const rows: Row[] = [];
    for (const [query, params] of cases) {
      let found = 0;
      const latencies = await measure(
        async () => {
          found = (await listAuditEvents({ actor: auditor, query: params })).items.length;
        },
        { runs: RUNS, warmUp: WARM_UP },
      );
      rows.push({ lane, query, rows: found, p50: latencies.p50, p95: latencies.p95 });
    }
    return rows;
  } finally {
    await closeDb();
  }
}

const rows = await onPGlite(runLane);
if (process.env.TEST_DATABASE_URL) rows.push(...(await onPostgres(process.env.TEST_DATABASE_URL, runLane)));
else console.log('PostgreSQL lane skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.ts to include it).\n');
console.log(
  `\nlistAuditEvents at ${EVENTS.toLocaleString('en-US')} events, ${RUNS} runs after ${WARM_UP} warm-up (${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}), ms:\n`,
);
console.log(
  formatTable({
    header: ['lane', 'query', 'rows', 'p50', 'p95'],
    rows: rows.map((row) => [row.lane, row.query, String(row.rows), formatMs(row.p50), formatMs(row.p95)]),
    labelColumns: 2,
  }),
);
