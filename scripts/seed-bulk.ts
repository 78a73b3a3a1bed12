// `npm run seed:bulk -- --cards 100000 [--versions-per-card 10] [--batch 10000]`: a hub-sized database in minutes, for load tests and benchmarks.
// Rows are generated inside the database (INSERT … SELECT FROM generate_series), so they skip the services: each version's
// content is the canonical JSON of a small valid document and its contentHash the real SHA-256 of it, computed in SQL.
// Versions are 1..N per card; every card gets its last status change, approved ones their approvals; no audit events are
// written for these rows (the audit chain stays valid, it just does not mention them). Foreign keys and the 1..N rule are
// checked over the whole database at the end. Works on the embedded database and on PostgreSQL, whichever the environment selects.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { OpenDatabase } from '../lib/server/db/connection';
import { closeDb, getDb, getRawQuery } from '../lib/server/db';
import { parseModelCardContent } from '../lib/schemas/model-card-content';
import { canonicalJson, contentHash } from '../lib/model-cards/canonical-json';
import { openDatabaseForSeeding } from './support/embedded-database-owner';
import { ensureAdmin, ensureUser, formatAccounts } from './support/seed-accounts';
import { peakRssMiB } from './support/peak-rss';

function fail(message: string): never {
  console.error(`\nseed:bulk: ${message}\n`);
  process.exit(1);
}

function option(name: string, fallback: number, min: number, max: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`);
  return value;
}

const CARDS = option('cards', 100_000, 1, 5_000_000);
const VERSIONS_PER_CARD = option('versions-per-card', 10, 1, 1_000);
// 10,000 cards (~100,000 versions) per statement keeps PGlite's WebAssembly heap small; PostgreSQL does not mind either way.
const BATCH = option('batch', 10_000, 100, 100_000);

// ---- What the rows look like: parallel lists, indexed by hashes of the card's sequence number.

const DOMAINS: [slug: string, problem: string, line: string, purpose: string, metricA: string, metricB: string][] = [
  ['credit-risk', 'Binary Classification', 'Retail lending', 'Probability of default of loan applicants', 'auc', 'ks'],
  ['credit-limit', 'Regression', 'Cards', 'Credit limit recommendation', 'r2', 'mape'],
  ['loan-default', 'Binary Classification', 'SME lending', 'Default risk of small-business loans', 'auc', 'gini'],
  ['mortgage-prepayment', 'Regression', 'Mortgages', 'Monthly prepayment rate', 'r2', 'mape'],
  ['card-fraud', 'Binary Classification', 'Cards', 'Fraud score of card authorisations', 'aucpr', 'recall'],
  ['payment-fraud', 'Binary Classification', 'Payments', 'Fraud score of instant payments', 'aucpr', 'recall'],
  ['account-takeover', 'Binary Classification', 'Digital channels', 'Account takeover detection at login', 'auc', 'recall'],
  ['aml-alerts', 'Binary Classification', 'Group compliance', 'Prioritisation of AML alerts', 'auc', 'recall'],
  ['customer-churn', 'Binary Classification', 'Consumer subscriptions', 'Churn within 90 days', 'auc', 'f1'],
  ['subscriber-churn', 'Binary Classification', 'Consumer mobile', 'Cancellation of mobile contracts', 'auc', 'f1'],
  ['next-best-offer', 'Multiclass Classification', 'Retail banking', 'Next product to offer', 'accuracy', 'f1'],
  ['marketing-uplift', 'Uplift modelling', 'Marketing', 'Campaign uplift per customer', 'qini', 'auuc'],
  ['demand-forecast', 'Regression', 'Grocery retail', 'Weekly demand per store and SKU', 'r2', 'mape'],
  ['inventory-forecast', 'Regression', 'Supply chain', 'Stock levels 8 weeks ahead', 'r2', 'mape'],
  ['price-elasticity', 'Regression', 'Pricing', 'Price elasticity per product line', 'r2', 'mape'],
  ['claims-triage', 'Multiclass Classification', 'Motor insurance', 'Routing of first notification of loss', 'accuracy', 'f1'],
  ['claims-fraud', 'Binary Classification', 'Home insurance', 'Suspicious claims for investigation', 'auc', 'recall'],
  ['underwriting', 'Binary Classification', 'Life insurance', 'Automated underwriting decisions', 'auc', 'gini'],
  ['document-classifier', 'Multiclass Classification', 'Shared services', 'Type of scanned documents', 'accuracy', 'f1'],
  ['invoice-extraction', 'Named entity recognition', 'Finance operations', 'Fields read from invoices', 'f1', 'precision'],
  ['email-intent', 'Text Classification', 'Customer service', 'Intent of customer emails', 'accuracy', 'f1'],
  ['ticket-routing', 'Text Classification', 'Customer service', 'Queue for support tickets', 'accuracy', 'f1'],
  ['review-sentiment', 'Text Classification', 'E-commerce', 'Sentiment of product reviews', 'accuracy', 'f1'],
  ['call-quality', 'Text Classification', 'Contact centre', 'Quality checks of call transcripts', 'accuracy', 'recall'],
  ['product-recommender', 'Recommendation', 'E-commerce', 'Products shown on the home page', 'ndcg', 'recall'],
  ['search-ranking', 'Learning to rank', 'E-commerce', 'Ranking of search results', 'ndcg', 'mrr'],
  ['collections-propensity', 'Binary Classification', 'Collections', 'Propensity to pay after a reminder', 'auc', 'f1'],
  ['energy-load-forecast', 'Regression', 'Corporate', 'Hourly electricity load', 'r2', 'mape'],
  ['predictive-maintenance', 'Binary Classification', 'Manufacturing', 'Machine failure within 7 days', 'auc', 'recall'],
  ['patient-no-show', 'Binary Classification', 'Healthcare', 'Missed outpatient appointments', 'auc', 'recall'],
];
const ALGORITHMS: [slug: string, name: string][] = [
  ['xgb', 'XGBoost'],
  ['lgbm', 'LightGBM'],
  ['catboost', 'CatBoost'],
  ['logreg', 'Logistic regression'],
  ['rf', 'Random forest'],
  ['gbm', 'Gradient boosting'],
  ['dnn', 'Feed-forward neural network'],
  ['bert', 'BERT'],
  ['tft', 'Temporal Fusion Transformer'],
  ['prophet', 'Prophet'],
  ['deepar', 'DeepAR'],
  ['tabnet', 'TabNet'],
];
const SEGMENTS = ['emea', 'apac', 'amer', 'uk', 'de', 'us', 'retail', 'sme', 'corp', 'wholesale', 'consumer', 'digital'];
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'ap-southeast-2'];
const OWNERS = [
  { name: 'Amara Okafor', email: 'amara.okafor@example.com' },
  { name: 'Jonas Weber', email: 'jonas.weber@example.com' },
  { name: 'Mei Lin', email: 'mei.lin@example.com' },
  { name: 'Diego Alvarez', email: 'diego.alvarez@example.com' },
  { name: 'Sofia Rossi', email: 'sofia.rossi@example.com' },
  { name: 'Kwame Mensah', email: 'kwame.mensah@example.com' },
];
const REVIEWERS = [
  { name: 'Hannah Becker', email: 'hannah.becker@example.com' },
  { name: 'Ravi Iyer', email: 'ravi.iyer@example.com' },
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const textArray = (items: string[]) => `ARRAY[${items.map(literal).join(', ')}]::text[]`;
/** The column of a parallel list, as an SQL array indexed 1-based. */
const pick = (items: string[], index: string) => `(${textArray(items)})[${index}]`;
/** A number as JSON.stringify writes it (no trailing zeros), so the stored text is canonical JSON and its hash the real one. */
const jsonNumber = (expression: string, places = 4) => `trim_scale(round((${expression})::numeric, ${places}))::text`;
/** A score in [low, high) that drifts up a little with each version. */
const score = (hash: string, low: number, high: number) => `least(0.9999, ${low} + (${hash} % 10000) / 10000.0 * ${high - low} + v * 0.0015)`;

/**
 * Version v of a card as text: a small document with keys in sorted order and no spaces, so the
 * text is its own canonical JSON and sha256() of it in SQL is the contentHash the services would store.
 */
const CONTENT = `concat(
  '{"additional_information":{"caveats_and_recommendations":"Retrain every ', 4 + (h1 + v) % 9, ' weeks."},',
  '"evaluation_details":[{"metric_groups":[{"metric_data":[',
    '{"name":"', ${pick(
      DOMAINS.map((domain) => domain[4]),
      'd',
    )}, '","type":"number","value":', ${jsonNumber(score('h4', 0.7, 0.95))}, '},',
    '{"name":"', ${pick(
      DOMAINS.map((domain) => domain[5]),
      'd',
    )}, '","type":"number","value":', ${jsonNumber(score('h5', 0.4, 0.9))}, '}',
  '],"name":"holdout metrics"}],"name":"holdout-v', v, '"}],',
  '"intended_uses":{"purpose_of_model":"', ${pick(
    DOMAINS.map((domain) => domain[3]),
    'd',
  )}, '.","risk_rating":"', risk, '"},',
  '"model_overview":{"algorithm_type":"', ${pick(
    ALGORITHMS.map((algorithm) => algorithm[1]),
    'a',
  )}, '",',
    CASE WHEN has_model THEN '"model_id":"' || model_id || '",' ELSE '' END,
    '"model_owner":"', ${pick(
      DOMAINS.map((domain) => domain[2]),
      'd',
    )}, '","model_version":', v, ',"problem_type":"', ${pick(
      DOMAINS.map((domain) => domain[1]),
      'd',
    )}, '"},',
  '"training_details":{"training_job_details":{"hyper_parameters":[',
    '{"name":"learning_rate","value":"', ${jsonNumber(`0.01 + ((h9 + v) % 10) * 0.01`, 2)}, '"},{"name":"max_depth","value":"', 3 + (h0 + v) % 8, '"}],',
    '"training_metrics":[{"name":"validation:loss","value":', ${jsonNumber(`0.2 + (h7 % 1000) / 4000.0 - v * 0.002`)}, '}]}}}'
)`;

const HASH = `encode(sha256(convert_to(content, 'UTF8')), 'hex')`;

/**
 * One statement per batch, for the cards of sequence numbers $1..$2: the cards, all their
 * versions, the status change that put each card where it is (a Draft card's creation, else the
 * change of its latest version), and the approvals of approved cards (two distinct reviewers for
 * High risk, never the author). $3: owner ids, $4: reviewer ids (two or more), $5: "now" (ISO),
 * $6: versions per card (the count per card varies from 1 to 2 × $6 − 1).
 */
const INSERT_BATCH = `
WITH seq AS MATERIALIZED (
  SELECT i, ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `(hashint8(i::bigint * 16 + ${k}) & 2147483647) AS h${k}`).join(', ')}
  FROM generate_series($1::int, $2::int) AS i
), card AS MATERIALIZED (
  SELECT s.*, gen_random_uuid()::text AS id,
    1 + h0 % ${DOMAINS.length} AS d, 1 + h1 % ${ALGORITHMS.length} AS a,
    CASE WHEN h3 % 100 < 30 THEN 'Draft' WHEN h3 % 100 < 45 THEN 'PendingReview' WHEN h3 % 100 < 85 THEN 'Approved' ELSE 'Archived' END AS status,
    CASE WHEN h4 % 100 < 18 THEN 'High' WHEN h4 % 100 < 50 THEN 'Medium' WHEN h4 % 100 < 88 THEN 'Low' ELSE 'Unknown' END AS risk,
    CASE WHEN $6::int = 1 THEN 1 ELSE 1 + h6 % (2 * $6::int - 1) END AS n,
    h8 % 100 < 85 AS has_model,
    ($3::text[])[1 + h5 % array_length($3::text[], 1)] AS owner,
    ($4::text[])[1 + h9 % array_length($4::text[], 1)] AS reviewer,
    $5::timestamptz - interval '730 days' * ((h7 % 1000003) / 1000003.0) AS created
  FROM seq s
), named AS MATERIALIZED (
  SELECT c.*,
    ${pick(
      DOMAINS.map((domain) => domain[0]),
      'd',
    )} || '-' || ${pick(
      ALGORITHMS.map((algorithm) => algorithm[0]),
      'a',
    )} || '-' ||
      ${pick(SEGMENTS, `1 + h2 % ${SEGMENTS.length}`)} || '-' || lpad(i::text, greatest(6, length(i::text)), '0') AS name,
    CASE WHEN status = 'Draft' AND n = 1 THEN created ELSE created + ($5::timestamptz - created) * ((h8 % 1000003) / 1000003.0) END AS updated
  FROM card c
), linked AS MATERIALIZED (
  SELECT n.*, 'arn:aws:sagemaker:' || ${pick(REGIONS, `1 + h8 % ${REGIONS.length}`)} || ':111122223333:model/' || name AS model_id,
    -- The last status change: a Draft card's creation (version 1), else the latest version's change into its status.
    CASE WHEN status = 'Draft' THEN 1 ELSE n END AS changed_version
  FROM named n
), cards AS (
  INSERT INTO "ModelCard" ("id", "name", "status", "latestVersion", "riskRating", "modelId", "ownerId", "createdById", "updatedById", "createdAt", "updatedAt")
  SELECT id, name, status::"CardStatus", n, risk::"RiskRating", CASE WHEN has_model THEN model_id END,
    owner, owner, CASE WHEN status = 'Approved' THEN reviewer ELSE owner END, created, updated
  FROM linked
), version_rows AS (
  INSERT INTO "ModelCardVersion" ("id", "cardId", "version", "content", "contentHash", "authorId", "createdAt")
  SELECT gen_random_uuid()::text, id, v, content, ${HASH}, owner,
    created + (updated - created) * ((v - 1)::float8 / greatest(1, CASE WHEN status = 'Draft' THEN n - 1 ELSE n END))
  FROM linked, generate_series(1, n) AS v, LATERAL (SELECT ${CONTENT} AS content) AS body
), status_changes AS (
  -- The hash of one version is cheaper to compute again than to join back to.
  INSERT INTO "CardStatusChange" ("id", "cardId", "version", "contentHash", "fromStatus", "toStatus", "actorId", "createdAt")
  SELECT gen_random_uuid()::text, id, v, ${HASH},
    CASE status WHEN 'Draft' THEN NULL WHEN 'PendingReview' THEN 'Draft' WHEN 'Approved' THEN 'PendingReview' ELSE 'Approved' END::"CardStatus",
    status::"CardStatus", CASE WHEN status = 'Approved' THEN reviewer ELSE owner END, CASE WHEN status = 'Draft' THEN created ELSE updated END
  FROM linked, LATERAL (SELECT changed_version AS v) AS changed, LATERAL (SELECT ${CONTENT} AS content) AS body
)
INSERT INTO "Review" ("id", "cardId", "version", "contentHash", "reviewerId", "decision", "comment", "createdAt")
SELECT gen_random_uuid()::text, id, v, ${HASH}, r.reviewer_id, 'Approved', 'Meets the validation standard.', updated - interval '1 millisecond' * r.k
FROM linked, LATERAL (SELECT n AS v) AS latest, LATERAL (SELECT ${CONTENT} AS content) AS body,
LATERAL (
  SELECT reviewer AS reviewer_id, 0 AS k
  UNION ALL SELECT ($4::text[])[CASE WHEN reviewer = ($4::text[])[1] THEN 2 ELSE 1 END], 1 WHERE risk = 'High'
) AS r
WHERE status = 'Approved'`;

// ---- Running it.

const { mode, where } = await openDatabaseForSeeding(fail);

/** Statements on one connection: PGlite's own, or a dedicated client for PostgreSQL, so session settings hold for the whole load. */
async function openLoader(): Promise<{ sql: OpenDatabase['rawQuery']; close: () => Promise<void> }> {
  if (mode.kind === 'embedded') return { sql: getRawQuery(), close: async () => {} };
  const client = new Client({ connectionString: mode.url });
  await client.connect();
  return { sql: (text, params) => client.query(text, params), close: () => client.end() };
}

/** Rows that break a foreign key or the 1..N rule; 0 when the load is sound. */
const INTEGRITY_PROBLEMS = `
SELECT (SELECT count(*) FROM "ModelCardVersion" v WHERE NOT EXISTS (SELECT 1 FROM "ModelCard" c WHERE c."id" = v."cardId"))
  + (SELECT count(*) FROM "CardStatusChange" s WHERE NOT EXISTS (SELECT 1 FROM "ModelCard" c WHERE c."id" = s."cardId"))
  + (SELECT count(*) FROM "Review" r WHERE NOT EXISTS (SELECT 1 FROM "ModelCard" c WHERE c."id" = r."cardId"))
  + (SELECT count(*) FROM "ModelCard" c WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."ownerId") OR NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."updatedById"))
  + (SELECT count(*) FROM "ModelCardVersion" v WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = v."authorId"))
  + (SELECT count(*) FROM "Review" r WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."reviewerId"))
  + (SELECT count(*) FROM (SELECT "cardId", count(*) AS n, min("version") AS low, max("version") AS high FROM "ModelCardVersion" GROUP BY "cardId") g
       JOIN "ModelCard" c ON c."id" = g."cardId" WHERE g.n <> c."latestVersion" OR g.low <> 1 OR g.high <> c."latestVersion")
  + (SELECT count(*) FROM "ModelCard" c WHERE NOT EXISTS (SELECT 1 FROM "ModelCardVersion" v WHERE v."cardId" = c."id"))
  AS problems`;

let started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const loader = await openLoader();
const raw = loader.sql;
try {
  const admin = await ensureAdmin();
  const owners = [];
  for (const owner of OWNERS) owners.push(await ensureUser(admin.actor, { ...owner, roles: ['author'] }, 'author (card owner)'));
  const reviewers = [];
  for (const reviewer of REVIEWERS) reviewers.push(await ensureUser(admin.actor, { ...reviewer, roles: ['reviewer'] }, 'reviewer'));
  const ownerIds = `{${owners.map((owner) => owner.actor.id).join(',')}}`;
  const reviewerIds = `{${reviewers.map((reviewer) => reviewer.actor.id).join(',')}}`;

  // Sequence numbers continue after earlier bulk runs, so names (and model ids) stay unique.
  const { rows } = await raw(`SELECT coalesce(max(substring("name" from '-([0-9]{6,})$')::int), 0) AS last FROM "ModelCard" WHERE "name" ~ '-[0-9]{6,}$'`);
  const first = Number(rows[0].last) + 1;
  const now = new Date().toISOString();
  // Foreign-key checks run row by row and take about half the load time. A superuser (always, on
  // PGlite) can skip them for this session; the whole database is checked for what they guard afterwards.
  const skipChecks = (await raw('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0]?.rolsuper === true;
  console.log(
    `Seeding ${where}: ${CARDS.toLocaleString('en-US')} cards, about ${VERSIONS_PER_CARD} versions each, ${BATCH.toLocaleString('en-US')} cards per statement` +
      `${skipChecks ? ', foreign keys checked once at the end' : ''} (peak RSS so far ${peakRssMiB().toFixed(0)} MiB).`,
  );
  started = performance.now();
  if (skipChecks) await raw('SET session_replication_role = replica');
  for (let low = first; low < first + CARDS; low += BATCH) {
    const high = Math.min(first + CARDS - 1, low + BATCH - 1);
    await raw(INSERT_BATCH, [low, high, ownerIds, reviewerIds, now, VERSIONS_PER_CARD]);
    console.log(`  cards ${(high - first + 1).toLocaleString('en-US').padStart(9)}  ${seconds().padStart(6)} s  peak RSS ${peakRssMiB().toFixed(0)} MiB`);
  }
  const seeded = performance.now();
  if (skipChecks) {
    await raw('RESET session_replication_role');
    const problems = Number((await raw(INTEGRITY_PROBLEMS)).rows[0].problems);
    if (problems > 0) throw new Error(`${problems} seeded rows break a foreign key or the 1..N version rule`);
    console.log(`  integrity checked           ${seconds().padStart(6)} s`);
    // The load skipped the triggers, and with them the hub's counts (CardCount) and search copy (CardSearch): build both again.
    await raw('SELECT "cardinal_card_count_rebuild"()::text');
    await raw('SELECT "cardinal_card_search_rebuild"()::text');
  }
  // PGlite runs no autovacuum: without fresh statistics and a visibility map the planner guesses and index-only scans visit the heap.
  // A PostgreSQL server's autovacuum would otherwise set out on the million new rows a minute later, beside whatever runs next (a
  // benchmark's timed queries): every table now, as a database that has been running a while would be.
  await raw('VACUUM ANALYZE');
  console.log(`  vacuum and analyze          ${seconds().padStart(6)} s`);

  // A sample of what was written must be content the product itself would have stored.
  const sample = await raw(`SELECT "content", "contentHash" FROM "ModelCardVersion" TABLESAMPLE SYSTEM (1) LIMIT 20`);
  for (const row of sample.rows) {
    const parsed = parseModelCardContent(row.content as string);
    if (!parsed.ok) throw new Error(`generated content is not valid: ${parsed.issues[0].path} ${parsed.issues[0].message}\n${row.content}`);
    if (canonicalJson(parsed.content) !== row.content || contentHash(parsed.content) !== row.contentHash) {
      throw new Error(`generated content is not canonical JSON with its SHA-256:\n${row.content}`);
    }
  }

  const db = getDb();
  const [cards, versions, statusChanges, reviews] = await Promise.all([
    db.modelCard.count(),
    db.modelCardVersion.count(),
    db.cardStatusChange.count(),
    db.review.count(),
  ]);
  const size = mode.kind === 'postgres' ? (await raw('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows[0].size : null;
  console.log(
    `\nDone in ${seconds()} s after the accounts (cards and versions ${((seeded - started) / 1000).toFixed(1)} s). The database now holds ${cards.toLocaleString('en-US')} cards, ` +
      `${versions.toLocaleString('en-US')} versions, ${statusChanges.toLocaleString('en-US')} status changes and ${reviews.toLocaleString('en-US')} reviews` +
      `${size ? ` (${size})` : ''}; ${sample.rows.length} sampled versions checked against the content schema and their SHA-256.`,
  );
  console.log(`Peak RSS of this process: ${peakRssMiB().toFixed(0)} MiB${mode.kind === 'embedded' ? ' (includes the embedded database)' : ''}.`);
  console.log('\nAccounts (passwords are shown only now):');
  console.log(formatAccounts([admin, ...owners, ...reviewers]));
} catch (error) {
  await loader.close();
  await closeDb();
  fail((error as Error).stack ?? String(error));
}
await loader.close();
await closeDb();
