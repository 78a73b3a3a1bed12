// The card hub at 100,000 cards and ~1,000,000 versions: GET /api/v1/model-cards over HTTP against a production server (npm start),
// the same work in-process through the services, and the SQL those services send replayed in the database, so the app/database
// ratio is visible. On PGlite always; on PostgreSQL when TEST_DATABASE_URL names a server.
// Run: tsx scripts/with-postgres.ts --or-without tsx --conditions=react-server bench/hub.bench.ts [--cards 100000] [--versions-per-card 10] [--runs 30] [--http-runs 200] [--server-warm-up 20] [--skip-build]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { createPGlite, openDatabase } from '../lib/server/db/connection';
import type { DatabaseMode } from '../lib/server/db/connection';
import { attachDatabase, closeDb, getDb } from '../lib/server/db';
import type { Actor } from '../lib/server/auth/actor';
import { listCards } from '../lib/server/model-cards/list-cards';
import { countCards } from '../lib/server/model-cards/count-cards';
import { cardFiltersOf } from '../lib/server/model-cards/card-query';
import { parseCardListQuery } from '../lib/schemas/card-list-query';
import { announceOverdueReviews } from '../lib/server/events/announce-overdue-reviews';
import type { TCardListResponse } from '../lib/server/screens/hub-list';
import { formatFirstLoadJs, reportFirstLoadJs } from '../scripts/report-first-load-js';
import { SqlCapture, readableSql } from './support/sql-capture';
import type { CapturedQuery } from './support/sql-capture';
import { formatMs, measure, summarise } from './support/stats';
import type { Latencies } from './support/stats';
import { formatMarkdownTable, formatTable } from '../scripts/support/table';
import { freePort, startCardinal } from '../scripts/support/server';
import { signIn } from '../scripts/support/sign-in';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}
const CARDS = option('cards', 100_000);
const VERSIONS_PER_CARD = option('versions-per-card', 10);
const RUNS = option('runs', 30);
/** The HTTP figures are judged by their p95: 200 runs put ten requests above it, not one or two. */
const HTTP_RUNS = option('http-runs', 200);
/** Requests of every query to a newly started server before any is timed (besides WARM_UP before each figure). */
const SERVER_WARM_UP = option('server-warm-up', 20);
const WARM_UP = option('warm-up', 5);
const PAGE = 50;
const SKIP_BUILD = process.argv.includes('--skip-build');
/** Issue 17: p95 over HTTP under 30 ms on PostgreSQL and 60 ms on the embedded database, HTTP at most twice the raw SQL. */
const targetP95Ms = (lane: string) => (lane === 'PGlite' ? 60 : 30);
const TARGET_RATIO = 2;

/** What a person does on the hub, as the hub's URL parameters. `page` pages through with nextCursor first. */
const SCENARIOS: { label: string; params: string; page?: number }[] = [
  { label: 'first page (last modified)', params: '' },
  { label: 'name search "fraud" (~10% match)', params: 'name=fraud' },
  { label: 'name search "churn-xgb-uk" (~0.05%)', params: 'name=churn-xgb-uk' },
  // Two characters hold no trigram: the gram index (ModelCard.nameGrams) answers it.
  { label: 'name search "uk" (2 characters, ~8%)', params: 'name=uk' },
  { label: 'status Pending review + risk High', params: 'status=PendingReview&risk=High' },
  { label: 'sort by last modified, oldest first', params: 'sort=updatedAt&order=asc' },
  { label: `page ${PAGE} (cursor)`, params: '', page: PAGE },
];

type ScenarioResult = {
  label: string;
  http?: Latencies;
  /** The server's own Server-Timing of those requests: finding the caller (session cookie and user) and the route's work, p50. */
  serverTiming?: { auth: number; app: number };
  service: Latencies;
  list: Latencies;
  counts: Latencies;
  sqlList: Latencies;
  sqlCounts: Latencies;
  serverList: Latencies;
  serverCounts: Latencies;
  statements: { list: CapturedQuery[]; counts: CapturedQuery[] };
  /** EXPLAIN (ANALYZE, BUFFERS) key lines of each statement. */
  plans: { list: string[][]; counts: string[][] };
  returned: { items: number; total: number };
};
type LaneResult = {
  lane: string;
  seed: string;
  seedSeconds: number;
  /** The overdue re-reviews of the seed, announced before timing (announceOverdueBacklog). */
  overdue: string;
  scenarios: ScenarioResult[];
  /** GET /api/auth/session: a route handler and the session cookie's decoding, no database. */
  baseline?: Latencies;
  serverPeakRssMiB?: number | null;
  httpError?: string;
  /** Raw-SQL timings of cheaper ways to answer the same questions (see ALTERNATIVES). */
  alternatives: Map<string, Latencies>;
  loadAverage: string;
};

type Env = Record<string, string>;
const ADMIN = { email: 'bench-admin@example.com', password: randomBytes(12).toString('base64url') };
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
const log = (lane: string, message: string) => console.log(`[${lane}] ${message}`);

/** Runs scripts/seed-bulk.ts as `npm run seed:bulk` would, echoing its progress; its summary line for the report. */
async function seed(lane: string, env: Env): Promise<{ summary: string; seconds: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/tsx/dist/cli.mjs'),
      '--conditions=react-server',
      'scripts/seed-bulk.ts',
      '--cards',
      String(CARDS),
      '--versions-per-card',
      String(VERSIONS_PER_CARD),
    ],
    { env: { ...process.env, ...env, CARDINAL_ADMIN_EMAIL: ADMIN.email, CARDINAL_ADMIN_PASSWORD: ADMIN.password }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    output += text;
    for (const line of text.split('\n')) if (line.trim() && !line.includes('@example.com')) log(lane, line);
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
  if (code !== 0) throw new Error(`seed-bulk failed (exit ${code})`);
  const done = output.match(/Done in ([\d.]+) s.*?\(cards and versions ([\d.]+) s\)/)?.slice(1) ?? [];
  const rss = output.match(/Peak RSS of this process: (\d+) MiB/)?.[1];
  const rows = output.match(/holds ([\d,]+) cards, ([\d,]+) versions/)?.slice(1) ?? [];
  return {
    summary: `${rows[0]} cards, ${rows[1]} versions in ${done[0]} s (rows ${done[1]} s); peak RSS ${rss} MiB`,
    seconds: (Date.now() - started) / 1000,
  };
}

/** The route's work (GET /api/v1/model-cards) without HTTP and sign-in: parse, list and counts, as app/api/v1/model-cards/route.ts does it. */
function routeWork(actor: Actor, params: string) {
  const parsed = parseCardListQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const { query } = parsed;
  const filters = cardFiltersOf(query, actor.id);
  return {
    list: () => listCards({ actor, filters, sortBy: query.sort, sortOrder: query.order, limit: query.limit, cursor: query.cursor }),
    counts: () => countCards({ actor, filters }),
  };
}

async function cursorForPage(actor: Actor, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let at = 1; at < page; at++) cursor = (await routeWork(actor, cursor ? `cursor=${cursor}` : '').list()).nextCursor ?? undefined;
  if (!cursor) throw new Error(`The list has fewer than ${page} pages`);
  return cursor;
}

/** Service and SQL timings for every scenario, in this process, with the lane's database attached. */
async function measureInProcess(lane: string, mode: DatabaseMode): Promise<ScenarioResult[]> {
  const capture = new SqlCapture();
  const database = openDatabase(mode);
  attachDatabase({ ...database, adapterFactory: capture.wrap(database.adapterFactory) });
  try {
    const actor = await getDb().user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, email: true, name: true, roles: true } });
    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      const params = scenario.page ? `cursor=${await cursorForPage(actor, scenario.page)}` : scenario.params;
      const work = routeWork(actor, params);
      const options = { runs: RUNS, warmUp: WARM_UP };
      const service = await measure(() => Promise.all([work.list(), work.counts()]).then(() => undefined), options);
      const list = await measure(async () => void (await work.list()), options);
      const counts = await measure(async () => void (await work.counts()), options);
      let page: Awaited<ReturnType<typeof work.list>> | undefined;
      let tally: Awaited<ReturnType<typeof work.counts>> | undefined;
      const statements = {
        list: await capture.record(async () => (page = await work.list())),
        counts: await capture.record(async () => (tally = await work.counts())),
      };
      const plans = { list: await capture.planLines(statements.list), counts: await capture.planLines(statements.counts) };
      const sqlList = await measure(() => capture.replay(statements.list), options);
      const sqlCounts = await measure(() => capture.replay(statements.counts), options);
      const explainRuns = { runs: 5, warmUp: 1 };
      const serverList = await measure(() => capture.serverTime(statements.list), explainRuns);
      const serverCounts = await measure(() => capture.serverTime(statements.counts), explainRuns);
      results.push({
        label: scenario.label,
        service,
        list,
        counts,
        sqlList,
        sqlCounts,
        serverList,
        serverCounts,
        statements,
        plans,
        returned: { items: page!.items.length, total: tally!.total },
      });
      log(
        lane,
        `${scenario.label}: service p50 ${formatMs(service.p50)} ms (list ${formatMs(list.p50)}, counts ${formatMs(counts.p50)}); SQL ${formatMs(sqlList.p50)} + ${formatMs(sqlCounts.p50)} ms`,
      );
    }
    return results;
  } finally {
    await closeDb();
  }
}

async function measureHttp(lane: string, result: LaneResult, serverEnv: Env, logFile: string, build: boolean): Promise<void> {
  const results = result.scenarios;
  const server = await startCardinal({ port: await freePort(3500), env: { ...serverEnv, ...(build ? {} : { CARDINAL_SKIP_BUILD: '1' }) }, log: logFile });
  try {
    log(lane, `server on ${server.url} (log ${logFile})`);
    const jar = await signIn(server.url, ADMIN.email, ADMIN.password);
    let timings: { auth: number; app: number }[] = [];
    const get = async (params: string): Promise<TCardListResponse> => {
      const response = await fetch(`${server.url}/api/v1/model-cards${params ? `?${params}` : ''}`, { headers: { Cookie: jar.header() } });
      const text = await response.text();
      if (!response.ok) throw new Error(`GET /api/v1/model-cards?${params} answered ${response.status}: ${text.slice(0, 200)}`);
      const reported = Object.fromEntries(
        [...(response.headers.get('server-timing') ?? '').matchAll(/(\w+);dur=([\d.]+)/g)].map(([, name, ms]) => [name, Number(ms)]),
      );
      timings.push({ auth: reported.auth ?? Number.NaN, app: reported.app ?? Number.NaN });
      return JSON.parse(text) as TCardListResponse;
    };
    // A server just started compiles its routes' code as it first runs them: whichever query came first paid for that in its p95.
    // Every query is asked SERVER_WARM_UP times before any is timed.
    for (const scenario of SCENARIOS) for (let run = 0; run < SERVER_WARM_UP; run++) await get(scenario.params);
    for (const [index, scenario] of SCENARIOS.entries()) {
      let params = scenario.params;
      if (scenario.page) {
        let cursor: string | null = null;
        for (let at = 1; at < scenario.page; at++) cursor = (await get(cursor ? `cursor=${cursor}` : '')).nextCursor;
        params = `cursor=${cursor}`;
      }
      const first = await get(params);
      if (first.items.length !== results[index].returned.items || first.counts.total !== results[index].returned.total) {
        throw new Error(
          `${scenario.label}: the route answered ${first.items.length} items of ${first.counts.total}, the services ${results[index].returned.items} of ${results[index].returned.total}`,
        );
      }
      timings = [];
      results[index].http = await measure(async () => void (await get(params)), { runs: HTTP_RUNS, warmUp: WARM_UP });
      const timed = timings.slice(-HTTP_RUNS);
      results[index].serverTiming = { auth: summarise(timed.map((one) => one.auth)).p50, app: summarise(timed.map((one) => one.app)).p50 };
      log(lane, `${scenario.label}: HTTP p50 ${formatMs(results[index].http!.p50)} ms, p95 ${formatMs(results[index].http!.p95)} ms`);
    }
    result.baseline = await measure(async () => void (await (await fetch(`${server.url}/api/auth/session`, { headers: { Cookie: jar.header() } })).text()), {
      runs: HTTP_RUNS,
      warmUp: WARM_UP,
    });
    result.serverPeakRssMiB = server.peakRssMiB();
    await checkFirstLoadJs(lane, server.url, jar.header());
  } finally {
    await server.stop();
  }
}

/** The hub page's script tags must be the chunks scripts/report-first-load-js.ts counts. */
async function checkFirstLoadJs(lane: string, url: string, cookie: string): Promise<void> {
  const html = await (await fetch(`${url}/model-cards`, { headers: { Cookie: cookie } })).text();
  const served = new Set([...html.matchAll(/<script src="\/_next\/([^"]+)"(?![^>]*noModule)/g)].map((match) => match[1]));
  const counted = new Set(reportFirstLoadJs('/model-cards').chunks.map((chunk) => chunk.file));
  const missing = [...served].filter((file) => !counted.has(file));
  log(
    lane,
    missing.length
      ? `first-load JS: the page also loads ${missing.join(', ')}`
      : `first-load JS: the ${served.size} scripts the page loads are the ones counted`,
  );
}

const CARD = '"ModelCard"';
const NAME_HAS = (text: string) => `"name" ILIKE '%${text}%'`;
/** What cardWhere asks for an ASCII term of 3+ characters now: LIKE on the stored lower(name), no lower() of each name found. */
const LOWER_NAME_HAS = (text: string) => `"nameLower" LIKE '%${text}%'`;
const PAGE_OF = (where: string) => `SELECT "id" FROM ${CARD} WHERE ${where} ORDER BY "updatedAt" DESC, "id" DESC LIMIT 26`;
/** Every facet from one scan: GROUP BY status and risk under the filters other than status and risk (what countCards does with a name filter). */
const ONE_SCAN = (where: string) => `SELECT "status", "riskRating", count(*) FROM ${CARD} WHERE ${where} GROUP BY 1, 2`;
/** "uk" as the gram index (ModelCard.nameGrams) holds it: 128 × code of u + code of k, what card-query.ts asks for. */
const GRAMS_HOLD_UK = `"nameGrams" && ARRAY[${'u'.charCodeAt(0) * 128 + 'k'.charCodeAt(0)}]::smallint[]`;
/** The name searches as they ran before the trigram index: with bitmap scans off the planner has no way to use it. */
const WITHOUT_TRIGRAMS = (statement: string) => ['SET enable_bitmapscan = off', statement, 'RESET enable_bitmapscan'];

/** Raw SQL: what the hub does now beside what it did before (issue 17). */
const ALTERNATIVES: { label: string; statements: string[] }[] = [
  { label: 'counts, no filter: GROUP BY over every card (before)', statements: [ONE_SCAN('true')] },
  { label: 'counts, no filter: CardCount summary (now)', statements: ['SELECT "status", "riskRating", "cards" FROM "CardCount"'] },
  { label: 'counts, name "fraud": scan (before)', statements: WITHOUT_TRIGRAMS(ONE_SCAN(NAME_HAS('fraud'))) },
  { label: 'counts, name "fraud": ILIKE, trigram index on name (before)', statements: [ONE_SCAN(NAME_HAS('fraud'))] },
  { label: 'counts, name "fraud": LIKE on ModelCard.nameLower, its trigram index', statements: [ONE_SCAN(LOWER_NAME_HAS('fraud'))] },
  {
    label: 'counts, name "fraud": LIKE on CardSearch, the narrow copy (now)',
    statements: [`SELECT "status", "riskRating", count(*) FROM "CardSearch" WHERE ${LOWER_NAME_HAS('fraud')} GROUP BY "status", "riskRating"`],
  },
  { label: 'page, name "churn-xgb-uk": scan (before)', statements: WITHOUT_TRIGRAMS(PAGE_OF(NAME_HAS('churn-xgb-uk'))) },
  { label: 'page, name "churn-xgb-uk": ILIKE, trigram index on name (before)', statements: [PAGE_OF(NAME_HAS('churn-xgb-uk'))] },
  { label: 'page, name "churn-xgb-uk": LIKE on nameLower (now)', statements: [PAGE_OF(LOWER_NAME_HAS('churn-xgb-uk'))] },
  { label: 'counts, name "uk": scan (before)', statements: [ONE_SCAN(NAME_HAS('uk'))] },
  { label: 'counts, name "uk": gram index (now)', statements: [ONE_SCAN(GRAMS_HOLD_UK)] },
  { label: 'page, name "uk": scan (before)', statements: [PAGE_OF(NAME_HAS('uk'))] },
  { label: 'page, name "uk": gram index (now)', statements: [PAGE_OF(GRAMS_HOLD_UK)] },
];

/** Times ALTERNATIVES on the lane's database after the server has stopped. */
async function measureAlternatives(lane: string, mode: DatabaseMode): Promise<Map<string, Latencies>> {
  let sql: (text: string) => Promise<unknown>;
  let close: () => Promise<void>;
  if (mode.kind === 'embedded') {
    const pglite = createPGlite({ dataDir: path.join(mode.dataDir, 'pglite') });
    sql = (text) => pglite.query(text);
    close = () => pglite.close();
  } else {
    const client = new Client({ connectionString: mode.url });
    await client.connect();
    sql = (text) => client.query(text);
    close = () => client.end();
  }
  const results = new Map<string, Latencies>();
  try {
    for (const { label, statements } of ALTERNATIVES) {
      const runAll = async () => {
        for (const statement of statements) await sql(statement);
      };
      results.set(label, await measure(runAll, { runs: RUNS, warmUp: WARM_UP }));
    }
    log(lane, 'before/after SQL measured');
  } finally {
    await close();
  }
  return results;
}

/**
 * The seed approves cards over two years, so thousands of re-reviews are overdue at once: the server's worker would announce them all
 * (an event each) in its first minutes, in the middle of the timed requests. A running deployment announced each as it fell due; the
 * benchmark does the backlog before timing, then one more check, which finds nothing new: what the worker's check each minute costs.
 */
async function announceOverdueBacklog(lane: string, mode: DatabaseMode): Promise<string> {
  attachDatabase(openDatabase(mode));
  try {
    let started = performance.now();
    const announced = await announceOverdueReviews();
    const backlogSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await announceOverdueReviews();
    const summary = `${announced.toLocaleString('en-US')} overdue re-reviews announced before timing (${backlogSeconds.toFixed(0)} s); the worker's check each minute then takes ${formatMs(performance.now() - started)} ms`;
    log(lane, summary);
    return summary;
  } finally {
    await closeDb();
  }
}

async function runLane(lane: string, mode: DatabaseMode, env: Env, serverEnv: Env, build: boolean): Promise<LaneResult> {
  log(lane, `seeding ${CARDS.toLocaleString('en-US')} cards (load average ${loadAverage()})`);
  const seeded = await seed(lane, env);
  if (mode.kind === 'postgres') {
    // The seed leaves about 1.4 GB of dirty pages for the checkpointer; written out now, not while the queries are timed.
    const client = new Client({ connectionString: mode.url });
    await client.connect();
    await client.query('CHECKPOINT').finally(() => client.end());
  }
  const overdue = await announceOverdueBacklog(lane, mode);
  const scenarios = await measureInProcess(lane, mode);
  const result: LaneResult = { lane, seed: seeded.summary, seedSeconds: seeded.seconds, overdue, scenarios, alternatives: new Map(), loadAverage: '' };
  try {
    await measureHttp(lane, result, serverEnv, path.join(os.tmpdir(), `cardinal-hub-bench-${lane.split(' ')[0].toLowerCase()}.log`), build);
  } catch (error) {
    result.httpError = (error as Error).message;
    log(lane, `HTTP not measured: ${result.httpError}`);
  }
  result.alternatives = await measureAlternatives(lane, mode);
  result.loadAverage = loadAverage();
  return result;
}

async function pgliteLane(build: boolean): Promise<LaneResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-hub-bench-'));
  const env = { DATABASE_URL: '', CARDINAL_DATA_DIR: dataDir };
  try {
    return await runLane('PGlite', { kind: 'embedded', dataDir }, env, { ...env, NEXTAUTH_SECRET: randomBytes(32).toString('base64url') }, build);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresLane(baseUrl: string, build: boolean): Promise<LaneResult> {
  const name = `cardinal_hub_bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const version = ((await admin.query('SHOW server_version')).rows[0].server_version as string).split(' ')[0];
  try {
    const env = { DATABASE_URL: url.toString() };
    return await runLane(
      `PostgreSQL ${version}`,
      { kind: 'postgres', url: url.toString() },
      env,
      { ...env, NEXTAUTH_SECRET: randomBytes(32).toString('base64url') },
      build,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

// ---- Report.

const ratio = (scenario: ScenarioResult) => (scenario.http ? scenario.http.p50 / (scenario.sqlList.p50 + scenario.sqlCounts.p50) : Number.NaN);

function figures(lanes: LaneResult[]) {
  const header = [
    'lane',
    'query',
    'HTTP p50',
    'HTTP p95',
    'server auth p50',
    'server app p50',
    'service p50',
    'list p50',
    'counts p50',
    'SQL list p50',
    'SQL counts p50',
    'DB exec list',
    'DB exec counts',
    'HTTP / SQL',
  ];
  const rows = lanes.flatMap((lane) =>
    lane.scenarios.map((scenario) => [
      lane.lane,
      scenario.label,
      formatMs(scenario.http?.p50),
      formatMs(scenario.http?.p95),
      formatMs(scenario.serverTiming?.auth),
      formatMs(scenario.serverTiming?.app),
      formatMs(scenario.service.p50),
      formatMs(scenario.list.p50),
      formatMs(scenario.counts.p50),
      formatMs(scenario.sqlList.p50),
      formatMs(scenario.sqlCounts.p50),
      formatMs(scenario.serverList.p50),
      formatMs(scenario.serverCounts.p50),
      scenario.http ? ratio(scenario).toFixed(1) : '–',
    ]),
  );
  return { header, rows, labelColumns: 2 };
}

function verdict(lane: LaneResult): string {
  if (!lane.scenarios.every((scenario) => scenario.http)) return `${lane.lane}: HTTP not measured (${lane.httpError ?? 'unknown'}).`;
  const worstP95 = lane.scenarios.reduce((worst, scenario) => (scenario.http!.p95 > worst.http!.p95 ? scenario : worst));
  const worstRatio = lane.scenarios.reduce((worst, scenario) => (ratio(scenario) > ratio(worst) ? scenario : worst));
  const range = (values: number[]) => `${formatMs(Math.min(...values))}–${formatMs(Math.max(...values))} ms`;
  const baseline = lane.baseline
    ? ` A route that only decodes the session cookie (GET /api/auth/session) takes p50 ${formatMs(lane.baseline.p50)} / p95 ${formatMs(lane.baseline.p95)} ms.`
    : '';
  return (
    `${lane.lane}: worst HTTP p95 ${formatMs(worstP95.http!.p95)} ms (${worstP95.label}) — target < ${targetP95Ms(lane.lane)} ms ${worstP95.http!.p95 < targetP95Ms(lane.lane) ? 'MET' : 'NOT MET'}; ` +
    `worst HTTP/SQL ratio ${ratio(worstRatio).toFixed(1)} (${worstRatio.label}) — target ≤ ${TARGET_RATIO} ${ratio(worstRatio) <= TARGET_RATIO ? 'MET' : 'NOT MET'}; ` +
    `in-process, the counts take ${range(lane.scenarios.map((scenario) => scenario.counts.p50))} (p50) and the page itself ${range(lane.scenarios.map((scenario) => scenario.list.p50))}.${baseline}`
  );
}

const started = Date.now();
console.log(
  `Hub benchmark: ${CARDS.toLocaleString('en-US')} cards × ~${VERSIONS_PER_CARD} versions, ${RUNS} timed runs (${HTTP_RUNS} over HTTP) after ${WARM_UP} warm-up runs per figure (and ${SERVER_WARM_UP} of each query to a new server); ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.\n`,
);
const lanes: LaneResult[] = [await pgliteLane(!SKIP_BUILD)];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) lanes.push(await postgresLane(postgresUrl, false));
else console.log('\nPostgreSQL lane skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.ts to include it).');

console.log(`\nSQL the services send (${lanes.at(-1)!.lane}), per query:`);
for (const scenario of lanes.at(-1)!.scenarios) {
  const [main, ...lookups] = scenario.statements.list;
  console.log(
    `\n-- ${scenario.label}: the page, ${lookups.length} ${lookups.length === 1 ? 'lookup' : 'lookups'} of the people it names (owners, creators, last editors), ${scenario.statements.counts.length} counts`,
  );
  for (const query of [main, ...lookups.slice(0, 1), ...scenario.statements.counts]) console.log(`${readableSql(query)};`);
}

console.log('\nEXPLAIN (ANALYZE, BUFFERS) of every statement, key lines (costs cut; the user lookups are primary-key reads):');
for (const lane of lanes) {
  for (const scenario of lane.scenarios) {
    console.log(`\n[${lane.lane}] ${scenario.label}`);
    for (const [kind, plans] of [['list', scenario.plans.list] as const, ['counts', scenario.plans.counts] as const]) {
      for (const [index, plan] of plans.entries()) console.log(`  ${kind} ${index + 1}:\n${plan.map((line) => `    ${line}`).join('\n')}`);
    }
  }
}

console.log('\nSeeding (npm run seed:bulk):');
for (const lane of lanes) {
  const server = lane.serverPeakRssMiB
    ? `; server peak RSS during the benchmark ${lane.serverPeakRssMiB.toFixed(0)} MiB${lane.lane === 'PGlite' ? ' (holds the embedded database)' : ''}`
    : '';
  console.log(`  ${lane.lane}: ${lane.seed}; ${lane.seedSeconds.toFixed(0)} s with start-up and migrations${server}; ${lane.overdue}`);
}
console.log("\nAll times in ms. service = the route's work in-process (list and counts together, as the route runs them); list / counts = each alone;");
console.log('SQL = the statements those services sent, replayed one after another through the same driver; DB exec = EXPLAIN ANALYZE planning + execution;');
console.log("server auth / app = the server's Server-Timing for those HTTP requests: finding the caller (session cookie, one user read) and the route's work;");
console.log('the rest of HTTP is Next.js and the connection. HTTP / SQL = HTTP p50 ÷ (SQL list p50 + SQL counts p50).\n');
console.log(formatTable(figures(lanes)));
console.log('');
for (const lane of lanes) console.log(verdict(lane));
const alternatives = {
  header: ['raw SQL, before and after issue 17', ...lanes.map((lane) => `${lane.lane} p50`), ...lanes.map((lane) => `${lane.lane} p95`)],
  rows: ALTERNATIVES.map((alternative) => alternative.label).map((label) => [
    label,
    ...lanes.map((lane) => formatMs(lane.alternatives.get(label)?.p50)),
    ...lanes.map((lane) => formatMs(lane.alternatives.get(label)?.p95)),
  ]),
};
console.log(`\nThe counts and name searches before and after issue 17, raw SQL (ms):\n\n${formatTable(alternatives)}`);
console.log(
  `\nLoad average (1/5/15 min) after each lane: ${lanes.map((lane) => `${lane.lane} ${lane.loadAverage}`).join('; ')}. Other work on the machine inflates every figure.`,
);
try {
  console.log(`\n${formatFirstLoadJs(reportFirstLoadJs('/model-cards'))}`);
} catch (error) {
  console.log(`\nFirst-load JS not reported: ${(error as Error).message}`);
}
console.log(`\nMarkdown for the README:\n\n${formatMarkdownTable(figures(lanes))}\n\n${formatMarkdownTable(alternatives)}`);
console.log(`\nBenchmark took ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
