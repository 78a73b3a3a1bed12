// Measures the registry's list and search at 10,000 package versions: ListModelPackages and Search as a SageMaker client calls them (the whole adapter: request parsing, service, records), and the model dashboard's first paint read (goal < 300 ms), p50/p95, on PGlite always and on PostgreSQL when TEST_DATABASE_URL names a server.
// Run: tsx --conditions=react-server bench/registry.bench.ts   (BENCH_ONLY=Dashboard for the dashboard rows alone)
//      tsx scripts/with-postgres.ts tsx --conditions=react-server bench/registry.bench.ts   (adds a throwaway PostgreSQL)
import os from 'node:os';
import type { OpenDatabase } from '../lib/server/db/connection';
import { onPGlite, onPostgres } from './support/database-lanes';
import { attachDatabase, closeDb } from '../lib/server/db';
import type { Actor } from '../lib/server/auth/actor';
import { createUser } from './support/bench-user';
import { handleSageMakerRequest } from '../lib/sagemaker/handle-request';
import type { TSageMakerOperation } from '../lib/sagemaker/operations';
import { getDashboardScreen } from '../lib/server/screens/dashboard-screen';
import { formatTable } from '../scripts/support/table';
import { formatMs, measure } from './support/stats';

const GROUPS = 10;
const VERSIONS_PER_GROUP = 1_000;
const TOTAL = GROUPS * VERSIONS_PER_GROUP;
const RUNS = 50;
const WARM_UP = 5;
const ARN = { region: 'us-east-1', account: '000000000000' };

type Row = { lane: string; operation: string; runs: number; p50: number; p95: number };

/** Groups and package versions straight from SQL: approval statuses, metadata, artifacts and times spread out, as a registry of some years looks. */
async function bulkInsertPackages(database: OpenDatabase, authorId: string): Promise<void> {
  await database.rawQuery(
    `INSERT INTO "ModelPackageGroup" ("id", "name", "description", "latestVersion", "createdById", "createdAt", "updatedAt")
     SELECT 'bench-group-' || g, 'bench-group-' || g, 'Benchmark group ' || g, ${VERSIONS_PER_GROUP}, $1, now() - make_interval(days => g), now()
     FROM generate_series(1, ${GROUPS}) AS g`,
    [authorId],
  );
  await database.rawQuery(
    `INSERT INTO "ModelPackage" ("id", "groupId", "groupName", "version", "description", "approvalStatus", "packageStatus", "inferenceSpecification",
                                 "customerMetadataProperties", "modelDataUrl", "createdById", "updatedById", "createdAt", "updatedAt")
     SELECT 'bench-package-' || g || '-' || v, 'bench-group-' || g, 'bench-group-' || g, v, 'Version ' || v || ' of group ' || g,
            (ARRAY['PendingManualApproval', 'Approved', 'Rejected'])[1 + (v * 7 + g) % 3]::"ModelApprovalStatus", 'Completed',
            jsonb_build_object('Containers', jsonb_build_array(jsonb_build_object('Image', 'image:' || v, 'ModelDataUrl', 's3://bench/' || g || '/' || v || '/model.tar.gz'))),
            jsonb_build_object('team', (ARRAY['risk', 'growth', 'fraud', 'pricing'])[1 + (v + g) % 4]),
            's3://bench/' || g || '/' || v || '/model.tar.gz', $1, $1,
            now() - make_interval(mins => (${VERSIONS_PER_GROUP} - v) * ${GROUPS} + g), now() - make_interval(secs => ((v * 7919 + g) % 100000))
     FROM generate_series(1, ${GROUPS}) AS g, generate_series(1, ${VERSIONS_PER_GROUP}) AS v`,
    [authorId],
  );
  await database.rawQuery('ANALYZE "ModelPackageGroup"');
  await database.rawQuery('ANALYZE "ModelPackage"');
}

/**
 * Cards for two of every three package versions (risk and status spread out), each with one version and, when approved, the approval
 * record, so the dashboard's lateral reads have work; a third of approved packages then have an approval record naming an older card hash.
 */
async function bulkInsertCards(database: OpenDatabase, authorId: string, reviewerId: string): Promise<void> {
  const prefix = `arn:aws:sagemaker:${ARN.region}:${ARN.account}:model-package/`;
  await database.rawQuery(
    `INSERT INTO "ModelCard" ("id", "name", "status", "latestVersion", "riskRating", "modelPackageArn", "ownerId", "createdById", "updatedById", "createdAt", "updatedAt")
     SELECT 'bench-card-' || p."groupName" || '-' || p.version, 'bench-card-' || p."groupName" || '-' || p.version,
            (ARRAY['Draft', 'PendingReview', 'Approved', 'Approved', 'Archived'])[1 + (p.version * 3) % 5]::"CardStatus", 1,
            (ARRAY['High', 'Medium', 'Low', 'Unknown'])[1 + p.version % 4]::"RiskRating", $2 || p."groupName" || '/' || p.version, $1, $1, $1, p."createdAt", p."createdAt"
     FROM "ModelPackage" p WHERE p.version % 3 <> 0`,
    [authorId, prefix],
  );
  await database.rawQuery(
    `INSERT INTO "ModelCardVersion" ("id", "cardId", "version", "content", "contentHash", "authorId", "createdAt")
     SELECT c.id || '-v1', c.id, 1, '{"intended_uses":{"purpose_of_model":"Benchmark","risk_rating":"' || c."riskRating" || '"}}', md5(c.id), $1, c."createdAt" FROM "ModelCard" c`,
    [authorId],
  );
  await database.rawQuery(
    `INSERT INTO "CardStatusChange" ("id", "cardId", "version", "contentHash", "fromStatus", "toStatus", "actorId", "createdAt")
     SELECT c.id || '-approved', c.id, 1, md5(c.id), 'PendingReview', 'Approved', $1, c."createdAt" + interval '1 day' FROM "ModelCard" c WHERE c.status IN ('Approved', 'Archived')`,
    [reviewerId],
  );
  await database.rawQuery(
    `INSERT INTO "ModelPackageApproval" ("id", "packageId", "fromStatus", "toStatus", "actorId", "cardId", "cardName", "cardVersion", "cardContentHash", "createdAt")
     SELECT p.id || '-approval', p.id, 'PendingManualApproval', 'Approved', $1, c.id, c.name, 1, CASE WHEN p.version % 9 = 1 THEN 'older' ELSE md5(c.id) END, p."createdAt" + interval '2 days'
     FROM "ModelPackage" p LEFT JOIN "ModelCard" c ON c."modelPackageArn" = $2 || p."groupName" || '/' || p.version WHERE p."approvalStatus" = 'Approved'`,
    [reviewerId, prefix],
  );
  for (const table of ['ModelCard', 'ModelCardVersion', 'CardStatusChange', 'ModelPackageApproval']) await database.rawQuery(`ANALYZE "${table}"`);
}

async function call(actor: Actor, operation: TSageMakerOperation, body: object): Promise<Record<string, unknown>> {
  const response = await handleSageMakerRequest({ actor, operation, body: JSON.stringify(body), arnContext: ARN });
  if (response.status !== 200) throw new Error(`${operation} failed: ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/** The NextToken after `rows` rows, paging 100 at a time. */
async function tokenAfter(actor: Actor, operation: TSageMakerOperation, body: object, rows: number): Promise<string> {
  let token: string | undefined;
  for (let read = 0; read < rows; read += 100)
    token = (await call(actor, operation, { ...body, MaxResults: 100, ...(token ? { NextToken: token } : {}) })).NextToken as string;
  return token!;
}

async function runLane(lane: string, database: OpenDatabase): Promise<Row[]> {
  attachDatabase(database);
  try {
    const author = await createUser(database, 'bench-author', ['author']);
    const auditor = await createUser(database, 'bench-auditor', ['auditor']);
    const reviewer = await createUser(database, 'bench-reviewer', ['reviewer']);
    await bulkInsertPackages(database, author.id);
    await bulkInsertCards(database, author.id, reviewer.id);
    const at = `at ${TOTAL.toLocaleString('en-US')} versions`;
    const group = 'bench-group-3';
    const inGroup = { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: group };
    const list = { ModelPackageGroupName: group, SortBy: 'CreationTime', SortOrder: 'Descending' };
    const searchAll = { Resource: 'ModelPackage' };
    // Without a group, SageMaker lists Unversioned packages unless told otherwise; every Cardinal package is versioned.
    const approved = { ModelApprovalStatus: 'Approved', ModelPackageType: 'Versioned' };
    const cases: [string, () => Promise<unknown>][] = [
      [
        `ListModelPackages first page of 100, one group of ${VERSIONS_PER_GROUP.toLocaleString('en-US')}`,
        () => call(auditor, 'ListModelPackages', { ...list, MaxResults: 100 }),
      ],
      [`ListModelPackages ModelApprovalStatus=Approved, every group`, () => call(auditor, 'ListModelPackages', { ...approved, MaxResults: 100 })],
    ];
    const listToken = await tokenAfter(auditor, 'ListModelPackages', approved, 2_000);
    cases.push([
      `ListModelPackages Approved, page after row 2,000 (NextToken)`,
      () => call(auditor, 'ListModelPackages', { ...approved, MaxResults: 100, NextToken: listToken }),
    ]);
    cases.push(
      [`Search ModelPackage, no filter, LastModifiedTime desc, 100`, () => call(auditor, 'Search', { ...searchAll, MaxResults: 100 })],
      [
        `Search ModelPackageGroupName = one group, 100`,
        () => call(auditor, 'Search', { ...searchAll, SearchExpression: { Filters: [inGroup] }, MaxResults: 100 }),
      ],
      [
        `Search group And (Approved Or version > 900), by version`,
        () =>
          call(auditor, 'Search', {
            ...searchAll,
            SearchExpression: {
              Filters: [inGroup],
              SubExpressions: [
                {
                  Operator: 'Or',
                  Filters: [
                    { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' },
                    { Name: 'ModelPackageVersion', Operator: 'GreaterThan', Value: '900' },
                  ],
                },
              ],
            },
            SortBy: 'ModelPackageVersion',
            MaxResults: 100,
          }),
      ],
      [
        `Search CustomerMetadataProperties.team = fraud, 100`,
        () =>
          call(auditor, 'Search', {
            ...searchAll,
            SearchExpression: { Filters: [{ Name: 'CustomerMetadataProperties.team', Operator: 'Equals', Value: 'fraud' }] },
            MaxResults: 100,
          }),
      ],
      [
        `Search ModelDataUrl = one artifact (the SDK's lookup shape)`,
        () =>
          call(auditor, 'Search', {
            ...searchAll,
            SearchExpression: {
              Filters: [{ Name: 'InferenceSpecification.Containers.ModelDataUrl', Operator: 'Equals', Value: 's3://bench/7/512/model.tar.gz' }],
            },
          }),
      ],
      [
        `Search ModelPackageDescription Contains "of group 3", 100`,
        () =>
          call(auditor, 'Search', {
            ...searchAll,
            SearchExpression: { Filters: [{ Name: 'ModelPackageDescription', Operator: 'Contains', Value: 'of group 3' }] },
            MaxResults: 100,
          }),
      ],
    );
    const searchToken = await tokenAfter(auditor, 'Search', searchAll, 5_000);
    cases.push([
      `Search ModelPackage page after row 5,000 (NextToken)`,
      () => call(auditor, 'Search', { ...searchAll, MaxResults: 100, NextToken: searchToken }),
    ]);

    cases.push(
      [`Dashboard first paint (counts, grid, first 50 rows by next review)`, () => getDashboardScreen({ actor: reviewer, params: {} })],
      [`Dashboard flag=review-overdue, sorted by risk`, () => getDashboardScreen({ actor: reviewer, params: { flag: 'review-overdue', sort: 'risk' } })],
      [`Dashboard search "group-3", page 5`, () => getDashboardScreen({ actor: reviewer, params: { q: 'group-3', page: '5' } })],
    );

    const rows: Row[] = [];
    // BENCH_ONLY=Dashboard runs only the cases whose name starts with it (a quicker run while working on one screen).
    for (const [operation, work] of cases.filter(([name]) => !process.env.BENCH_ONLY || name.startsWith(process.env.BENCH_ONLY))) {
      const latencies = await measure(async () => void (await work()), { runs: RUNS, warmUp: WARM_UP });
      rows.push({ lane, operation: `${operation} ${at}`, runs: latencies.runs, p50: latencies.p50, p95: latencies.p95 });
    }
    return rows;
  } finally {
    await closeDb();
  }
}

const rows = await onPGlite(runLane);
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) rows.push(...(await onPostgres(postgresUrl, runLane)));
else console.log('PostgreSQL lane skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.ts to include it).\n');
console.log(`\nRegistry list and search (${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; ${RUNS} runs after ${WARM_UP} warm-up)`);
console.log(
  formatTable({
    header: ['lane', 'operation', 'runs', 'p50 ms', 'p95 ms'],
    rows: rows.map((row) => [row.lane, row.operation, String(row.runs), formatMs(row.p50), formatMs(row.p95)]),
    labelColumns: 2,
  }),
);
