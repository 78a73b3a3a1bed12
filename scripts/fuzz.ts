// `npm run fuzz`: thousands of generated and mutated requests over every entry point (REST, console pages, the SageMaker endpoint) with both
// kinds of caller (session cookie, SigV4 access key), against a fresh server on loopback with a throwaway embedded database; prints the
// answers by route and status and fails on any 5xx. `--short` (or FUZZ_REQUESTS=n) for CI; FUZZ_URL to use a running server instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { SAGEMAKER_OPERATIONS } from '../lib/sagemaker/operations';
import type { TSageMakerOperation } from '../lib/sagemaker/operations';
import { freePort, startCardinal } from './support/server';
import type { RunningServer } from './support/server';
import { signIn } from './support/sign-in';
import { formatTable } from './support/table';

const short = process.argv.includes('--short');
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? (short ? 500 : 6000));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 6);
const ADMIN = {
  email: process.env.FUZZ_EMAIL ?? 'fuzz-admin@example.com',
  password: process.env.FUZZ_PASSWORD ?? `Fuzz-${randomBytes(9).toString('base64url')}`,
  accessKeyId: process.env.FUZZ_ACCESS_KEY_ID ?? `AKIAFUZZ${randomBytes(6).toString('hex').toUpperCase()}`,
  secretAccessKey: process.env.FUZZ_SECRET_ACCESS_KEY ?? randomBytes(30).toString('base64url'),
};

type TAuth = 'cookie' | 'sigv4' | 'none';
type TRequest = {
  route: string;
  method: string;
  path: string;
  query?: [string, string][];
  rawQuery?: string;
  auth: TAuth;
  headers?: Record<string, string>;
  body?: string;
};

// ---------- values ----------

const sample = <T>(arbitrary: fc.Arbitrary<T>, seed: number): T => fc.sample(arbitrary, { seed, numRuns: 1 })[0];

/** The issue's cases, the edges of every kind of value, and any text. */
const nastyText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '%00', '%ff', '%', '%zz', '0000-01-01T00:00:00Z', '0000-12-31', '0001-01-01', '9999-12-31', '10000-01-01'),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('-8e12', '8e12', '1e308', 'NaN', '-1', '0', '1', '2147483648', '99999999999999999999', '1.5', 'me', 'Draft,Approved', ' '),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('asc', 'desc', 'name', 'createdAt', 'High', 'Approved', 'Completed', 'model_card.approved', 'fuzz-card', 'x'.repeat(5000)),
  },
  { weight: 2, arbitrary: fc.uuid().map(String) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[+-]?\d{1,6}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?([Zz]|[+-]\d{2}:\d{2}))?$/) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
);

const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyText },
  { weight: 3, arbitrary: fc.constantFrom(-8e12, 8e12, 1e308, -1, 0, 1, 2 ** 31, 2 ** 53, 1.5, -62135596801, 253402300800, true, null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(nastyText, { maxLength: 3 }) },
);

// ---------- REST and console routes ----------

type TRoute = {
  route: string;
  method: string;
  path: (values: string[]) => string;
  params: number;
  query: string[];
  body?: 'json' | 'report' | 'training-job';
  console?: boolean;
};

const REST: TRoute[] = [
  {
    route: 'GET /api/v1/model-cards',
    method: 'GET',
    path: () => '/api/v1/model-cards',
    params: 0,
    query: ['name', 'status', 'risk', 'owner', 'createdFrom', 'createdTo', 'modifiedFrom', 'modifiedTo', 'sort', 'order', 'limit', 'cursor'],
  },
  {
    route: 'GET /api/v1/model-cards/:name/versions/:n/pdf',
    method: 'GET',
    path: ([name, version]) => `/api/v1/model-cards/${name}/versions/${version}/pdf`,
    params: 2,
    query: [],
  },
  { route: 'GET /api/v1/export-jobs/:id', method: 'GET', path: ([id]) => `/api/v1/export-jobs/${id}`, params: 1, query: [] },
  { route: 'GET /api/v1/export-jobs/:id/pdf', method: 'GET', path: ([id]) => `/api/v1/export-jobs/${id}/pdf`, params: 1, query: [] },
  { route: 'GET /api/v1/events', method: 'GET', path: () => '/api/v1/events', params: 0, query: ['after', 'type', 'limit'] },
  {
    route: 'GET /api/v1/dashboard.csv',
    method: 'GET',
    path: () => '/api/v1/dashboard.csv',
    params: 0,
    query: ['q', 'risk', 'status', 'approval', 'flag', 'kind', 'sort', 'order', 'page', 'asOf'],
  },
  {
    route: 'GET /api/v1/training-jobs',
    method: 'GET',
    path: () => '/api/v1/training-jobs',
    params: 0,
    query: ['status', 'nameContains', 'createdAfter', 'createdBefore', 'sortBy', 'sortOrder', 'limit', 'cursor'],
  },
  { route: 'POST /api/v1/training-jobs', method: 'POST', path: () => '/api/v1/training-jobs', params: 0, query: [], body: 'training-job' },
  { route: 'GET /api/v1/registry/prefill', method: 'GET', path: () => '/api/v1/registry/prefill', params: 0, query: ['modelPackageArn', 'modelName'] },
  { route: 'GET /api/v1/reviews/count', method: 'GET', path: () => '/api/v1/reviews/count', params: 0, query: [] },
  {
    route: 'POST /api/v1/evaluation-reports/parse',
    method: 'POST',
    path: () => '/api/v1/evaluation-reports/parse',
    params: 0,
    query: ['format'],
    body: 'report',
  },
  {
    route: 'GET /api/v1/audit-events',
    method: 'GET',
    path: () => '/api/v1/audit-events',
    params: 0,
    query: ['target', 'person', 'kind', 'from', 'to', 'limit', 'cursor'],
  },
  {
    route: 'GET /api/v1/audit-events.csv',
    method: 'GET',
    path: () => '/api/v1/audit-events.csv',
    params: 0,
    query: ['target', 'person', 'kind', 'from', 'to'],
  },
  { route: 'GET /api/v1/webhooks', method: 'GET', path: () => '/api/v1/webhooks', params: 0, query: [] },
  { route: 'POST /api/v1/webhooks', method: 'POST', path: () => '/api/v1/webhooks', params: 0, query: [], body: 'json' },
  { route: 'PATCH /api/v1/webhooks/:id', method: 'PATCH', path: ([id]) => `/api/v1/webhooks/${id}`, params: 1, query: [], body: 'json' },
  { route: 'DELETE /api/v1/webhooks/:id', method: 'DELETE', path: ([id]) => `/api/v1/webhooks/${id}`, params: 1, query: [] },
  { route: 'POST /api/v1/webhooks/:id/rotate-secret', method: 'POST', path: ([id]) => `/api/v1/webhooks/${id}/rotate-secret`, params: 1, query: [] },
];

const page = (route: string, build: (values: string[]) => string, params: number, query: string[] = []): TRoute => ({
  route: `GET ${route}`,
  method: 'GET',
  path: build,
  params,
  query,
  console: true,
});
const CARD_QUERY = ['name', 'status', 'risk', 'owner', 'createdFrom', 'createdTo', 'modifiedFrom', 'modifiedTo', 'sort', 'order', 'limit', 'cursor', 'back'];
const CONSOLE: TRoute[] = [
  page('/model-cards', () => '/model-cards', 0, CARD_QUERY),
  page('/model-cards/:name', ([name]) => `/model-cards/${name}`, 1, ['version', 'tab']),
  page('/model-cards/:name/versions', ([name]) => `/model-cards/${name}/versions`, 1, ['cursor', 'order']),
  page('/model-cards/:name/versions/:n', ([name, version]) => `/model-cards/${name}/versions/${version}`, 2),
  page('/model-cards/:name/diff', ([name]) => `/model-cards/${name}/diff`, 1, ['from', 'to']),
  page('/model-cards/:name/edit', ([name]) => `/model-cards/${name}/edit`, 1, ['base']),
  page('/model-cards/new', () => '/model-cards/new', 0, ['from', 'version', 'modelPackageArn', 'modelName']),
  page('/dashboard', () => '/dashboard', 0, ['q', 'risk', 'status', 'approval', 'flag', 'kind', 'sort', 'order', 'page', 'asOf']),
  page('/reviews', () => '/reviews', 0, ['sort', 'risk']),
  page('/reviews/:name', ([name]) => `/reviews/${name}`, 1, ['version']),
  page('/registry', () => '/registry', 0, ['q', 'nameContains', 'sortBy', 'sortOrder', 'cursor', 'createdAfter']),
  page('/registry/:group', ([group]) => `/registry/${group}`, 1, ['cursor', 'status']),
  page('/registry/:group/:version', ([group, version]) => `/registry/${group}/${version}`, 2),
  page('/registry/models', () => '/registry/models', 0, ['nameContains', 'cursor', 'sortBy']),
  page('/registry/training-jobs', () => '/registry/training-jobs', 0, ['nameContains', 'status', 'cursor', 'createdAfter']),
  page('/exports', () => '/exports', 0, ['status', 'cursor']),
  page('/audit', () => '/audit', 0, ['target', 'person', 'kind', 'from', 'to', 'cursor']),
  page('/admin/users', () => '/admin/users', 0, ['q']),
];

/** A path segment as a careless or hostile client writes it: encoded, raw, or a malformed percent-escape. */
function segment(value: string, seed: number): string {
  switch (seed % 4) {
    case 0:
      return encodeURIComponent(value);
    case 1:
      return sample(fc.constantFrom('%ff', '%00', '%', '%zz', 'fuzz-card', '1', '..', '%2e%2e', 'a%2Fb', '%C0%AF', '%ED%A0%80'), seed);
    default:
      return encodeURIComponent(value).replace(/%2[05]/g, (escape) => (escape === '%20' ? '+' : '%'));
  }
}

function restRequest(seed: number): TRequest {
  const routes = seed % 5 === 0 ? CONSOLE : REST;
  const route = routes[seed % routes.length];
  const values = Array.from({ length: route.params }, (_, index) => sample(nastyText, seed + index + 1));
  if (route.params > 0 && seed % 7 === 0) values[0] = route.route.includes(':name') ? 'fuzz-card' : (values[0] ?? '');
  const query = sample(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(route.query.length ? route.query : ['x'])), fc.string({ maxLength: 6 })), nastyText), { maxLength: 5 }),
    seed + 11,
  );
  const auth: TAuth = route.console ? (seed % 11 === 0 ? 'none' : 'cookie') : (['cookie', 'sigv4', 'sigv4', 'cookie', 'none'] as const)[seed % 5];
  const request: TRequest = {
    route: route.route,
    method: route.method,
    path: route.path(values.map((value, index) => segment(value, seed + index))),
    query,
    auth,
  };
  // Some queries go on the wire exactly as generated: raw reserved characters and malformed escapes, as curl sends them.
  if (seed % 3 === 0)
    request.rawQuery = query.map(([name, value]) => `${name}=${value.replace(/[#&\s]/g, (character) => encodeURIComponent(character))}`).join('&');
  if (route.body) request.body = bodyFor(route.body, seed);
  return request;
}

function bodyFor(kind: 'json' | 'report' | 'training-job', seed: number): string {
  if (seed % 9 === 0) return sample(fc.constantFrom('', '{', '[]', 'null', '"x"', '{"a":"\\u0000"}', '\u0000', '{"url":"http://\\u0000"}'), seed);
  const value = sample(fc.jsonValue({ maxDepth: 3 }), seed);
  if (kind === 'json')
    return JSON.stringify(sample(fc.record({ url: nastyJson, description: nastyJson, eventTypes: nastyJson, enabled: nastyJson }, { requiredKeys: [] }), seed));
  if (kind === 'training-job') {
    const job = {
      TrainingJobName: sample(nastyJson, seed),
      TrainingJobArn: 'arn:aws:sagemaker:us-east-1:000000000000:training-job/x',
      TrainingJobStatus: sample(nastyJson, seed + 1),
      CreationTime: sample(nastyJson, seed + 2),
      ModelArtifacts: { S3ModelArtifacts: sample(nastyJson, seed + 3) },
    };
    return JSON.stringify(seed % 2 ? job : value);
  }
  return JSON.stringify(seed % 2 ? { version: sample(nastyJson, seed), metrics: value } : value);
}

// ---------- SageMaker ----------

const CONTENT = JSON.stringify({ model_overview: { model_description: 'Fuzzed' }, intended_uses: { risk_rating: 'Low' } });
const CARD_ARN = 'arn:aws:sagemaker:us-east-1:000000000000:model-card/fuzz-card';
const SORT = { SortBy: 'CreationTime', SortOrder: 'Descending' };
const LIST = { CreationTimeAfter: 0, CreationTimeBefore: 4102444800, MaxResults: 10, ...SORT };

const TEMPLATES: Record<TSageMakerOperation, Record<string, unknown>> = {
  CreateModelCard: { ModelCardName: 'fuzz-card-2', Content: CONTENT, ModelCardStatus: 'Draft', Tags: [{ Key: 'team', Value: 'fuzz' }] },
  DescribeModelCard: { ModelCardName: 'fuzz-card', ModelCardVersion: 1 },
  UpdateModelCard: { ModelCardName: 'fuzz-card', Content: CONTENT, ModelCardStatus: 'Draft' },
  DeleteModelCard: { ModelCardName: 'fuzz-card-2' },
  ListModelCards: { ...LIST, NameContains: 'fuzz', ModelCardStatus: 'Draft' },
  ListModelCardVersions: { ...LIST, ModelCardName: 'fuzz-card', ModelCardStatus: 'Draft', SortBy: 'Version' },
  CreateModelCardExportJob: {
    ModelCardName: 'fuzz-card',
    ModelCardVersion: 1,
    ModelCardExportJobName: 'fuzz-job',
    OutputConfig: { S3OutputPath: 's3://fuzz/out' },
  },
  DescribeModelCardExportJob: { ModelCardExportJobArn: `${CARD_ARN}/export-job/fuzz-job` },
  ListModelCardExportJobs: { ...LIST, ModelCardName: 'fuzz-card', ModelCardVersion: 1, ModelCardExportJobNameContains: 'fuzz', StatusEquals: 'Completed' },
  AddTags: { ResourceArn: CARD_ARN, Tags: [{ Key: 'k', Value: 'v' }] },
  ListTags: { ResourceArn: CARD_ARN, MaxResults: 10, NextToken: 'x' },
  DeleteTags: { ResourceArn: CARD_ARN, TagKeys: ['k'] },
  CreateModelPackageGroup: { ModelPackageGroupName: 'fuzz-group-2', ModelPackageGroupDescription: 'Fuzz', Tags: [] },
  DescribeModelPackageGroup: { ModelPackageGroupName: 'fuzz-group' },
  ListModelPackageGroups: { ...LIST, NameContains: 'fuzz', SortBy: 'Name' },
  DeleteModelPackageGroup: { ModelPackageGroupName: 'fuzz-group-2' },
  CreateModelPackage: {
    ModelPackageGroupName: 'fuzz-group',
    ModelPackageDescription: 'Fuzz',
    InferenceSpecification: {
      Containers: [{ Image: 'fuzz/image:1', ModelDataUrl: 's3://fuzz/model.tar.gz' }],
      SupportedContentTypes: ['text/csv'],
      SupportedResponseMIMETypes: ['text/csv'],
    },
    ModelApprovalStatus: 'PendingManualApproval',
    CustomerMetadataProperties: { k: 'v' },
    ModelCard: { ModelCardContent: CONTENT, ModelCardStatus: 'Draft' },
  },
  DescribeModelPackage: { ModelPackageName: 'arn:aws:sagemaker:us-east-1:000000000000:model-package/fuzz-group/1' },
  ListModelPackages: { ...LIST, ModelPackageGroupName: 'fuzz-group', ModelPackageType: 'Versioned', ModelApprovalStatus: 'Approved', NameContains: 'fuzz' },
  UpdateModelPackage: {
    ModelPackageArn: 'arn:aws:sagemaker:us-east-1:000000000000:model-package/fuzz-group/1',
    ModelApprovalStatus: 'Rejected',
    ApprovalDescription: 'Fuzz',
  },
  DeleteModelPackage: { ModelPackageName: 'arn:aws:sagemaker:us-east-1:000000000000:model-package/fuzz-group/9' },
  CreateModel: {
    ModelName: 'fuzz-model',
    PrimaryContainer: { Image: 'fuzz/image:1', ModelDataUrl: 's3://fuzz/model.tar.gz' },
    ExecutionRoleArn: 'arn:aws:iam::000000000000:role/fuzz',
  },
  DescribeModel: { ModelName: 'fuzz-model' },
  ListModels: { ...LIST, NameContains: 'fuzz', SortBy: 'Name' },
  DeleteModel: { ModelName: 'fuzz-model-2' },
  DescribeTrainingJob: { TrainingJobName: 'fuzz-job' },
  ListTrainingJobs: { ...LIST, NameContains: 'fuzz', StatusEquals: 'Completed', LastModifiedTimeAfter: 0 },
  Search: {
    Resource: 'ModelCard',
    SearchExpression: {
      Filters: [
        { Name: 'ModelCardName', Operator: 'Contains', Value: 'fuzz' },
        { Name: 'CreationTime', Operator: 'GreaterThan', Value: '2026-01-01T00:00:00Z' },
      ],
    },
    SortBy: 'CreationTime',
    SortOrder: 'Descending',
    MaxResults: 10,
  },
};

/** Replaces a member anywhere in the template (nested too) with a generated value. */
function mutate(value: unknown, seed: number, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item, index) => mutate(item, seed + index * 31, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item], index) => [
        key,
        (seed >> index) % 4 === 0 ? sample(nastyJson, seed + index) : mutate(item, seed + index * 17, depth + 1),
      ]),
    );
  }
  return value;
}

function sageMakerRequest(seed: number): TRequest {
  const operation = SAGEMAKER_OPERATIONS[seed % SAGEMAKER_OPERATIONS.length];
  const template = TEMPLATES[operation];
  let body: string;
  if (seed % 13 === 0) body = sample(fc.constantFrom('', '{', '[]', 'null', '{"x":"\\u0000"}', '{"ModelCardName":"\\u0000"}', 'x'.repeat(2000)), seed);
  else if (seed % 10 === 0) body = JSON.stringify(sample(fc.jsonValue({ maxDepth: 3 }), seed));
  else body = JSON.stringify(seed % 6 === 1 ? template : mutate(template, seed));
  const target = seed % 29 === 0 ? sample(fc.constantFrom('SageMaker.', 'SageMaker.Nope', '', 'x\u0000'), seed) : `SageMaker.${operation}`;
  return {
    route: `SageMaker ${operation}`,
    method: 'POST',
    path: '/api/sagemaker/',
    auth: seed % 17 === 0 ? 'none' : 'sigv4',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body,
  };
}

// ---------- sending ----------

type TContext = { base: URL; cookie: string; signer: SignatureV4 };

async function send(context: TContext, request: TRequest): Promise<number> {
  const wireQuery = request.rawQuery ?? (request.query ?? []).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  const pathAndQuery = `${request.path}${wireQuery ? `?${wireQuery}` : ''}`;
  const headers: Record<string, string> = { ...request.headers };
  if (request.auth === 'cookie') headers.cookie = context.cookie;
  if (request.auth === 'sigv4') {
    // No prototype: a generated query may name a parameter toString or __proto__.
    const query: Record<string, string[]> = Object.create(null);
    for (const [name, value] of request.query ?? []) (query[name] ??= []).push(value);
    const signed = await context.signer.sign({
      method: request.method,
      protocol: 'http:',
      hostname: context.base.hostname,
      port: Number(context.base.port),
      path: request.path,
      query,
      headers: { ...headers, host: context.base.host },
      body: request.body ?? '',
    });
    Object.assign(headers, signed.headers);
    // fetch sets Host itself, to the same value.
    delete headers.host;
  }
  try {
    const response = await fetch(new URL(pathAndQuery, context.base), { method: request.method, headers, body: request.body, redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  } catch {
    // fetch refuses to send some URLs (and a path it cannot parse never leaves this process): counted apart, not as a server answer.
    return 0;
  }
}

async function seedData(context: TContext): Promise<void> {
  const calls: TRequest[] = [
    {
      route: 'seed',
      method: 'POST',
      path: '/api/sagemaker/',
      auth: 'sigv4',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.CreateModelCard' },
      body: JSON.stringify({ ModelCardName: 'fuzz-card', Content: CONTENT, ModelCardStatus: 'Draft' }),
    },
    {
      route: 'seed',
      method: 'POST',
      path: '/api/sagemaker/',
      auth: 'sigv4',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.CreateModelPackageGroup' },
      body: JSON.stringify({ ModelPackageGroupName: 'fuzz-group' }),
    },
    {
      route: 'seed',
      method: 'POST',
      path: '/api/sagemaker/',
      auth: 'sigv4',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.CreateModelPackage' },
      body: JSON.stringify(TEMPLATES.CreateModelPackage),
    },
    {
      route: 'seed',
      method: 'POST',
      path: '/api/sagemaker/',
      auth: 'sigv4',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.CreateModel' },
      body: JSON.stringify(TEMPLATES.CreateModel),
    },
  ];
  for (const call of calls) {
    const status = await send(context, call);
    if (status !== 200) throw new Error(`Seeding ${call.headers?.['x-amz-target']} answered ${status}`);
  }
}

async function main(): Promise<number> {
  let server: RunningServer | undefined;
  let dataDir: string | undefined;
  let code = 1;
  try {
    let baseUrl = process.env.FUZZ_URL;
    if (!baseUrl) {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-fuzz-'));
      const port = await freePort(3900);
      console.log(`Starting a fresh server on port ${port} (embedded database in ${dataDir}) …`);
      server = await startCardinal({
        port,
        log: path.join(dataDir, 'server.log'),
        env: {
          CARDINAL_DATA_DIR: path.join(dataDir, 'data'),
          NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
          NEXTAUTH_URL: `http://localhost:${port}`,
          CARDINAL_ADMIN_EMAIL: ADMIN.email,
          CARDINAL_ADMIN_PASSWORD: ADMIN.password,
          CARDINAL_ADMIN_ACCESS_KEY_ID: ADMIN.accessKeyId,
          CARDINAL_ADMIN_SECRET_ACCESS_KEY: ADMIN.secretAccessKey,
        },
      });
      baseUrl = server.url;
    }
    const base = new URL(baseUrl);
    const jar = await signIn(base.origin, ADMIN.email, ADMIN.password);
    const signer = new SignatureV4({ service: 'sagemaker', region: 'us-east-1', credentials: ADMIN, sha256: Sha256 });
    const context: TContext = { base, cookie: jar.header(), signer };
    await seedData(context);

    console.log(`Sending ${TOTAL} requests (seed ${SEED}, ${CONCURRENCY} at a time) to ${base.origin} …`);
    const counts = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    let next = 0;
    const started = Date.now();
    const worker = async () => {
      for (;;) {
        const index = next++;
        if (index >= TOTAL) return;
        // Consecutive seeds per kind, so every route of each kind comes up in turn.
        const seed = SEED * 10_007 + Math.floor(index / 2);
        // Half to the SageMaker endpoint, half to the REST API and console pages.
        const request = index % 2 === 0 ? sageMakerRequest(seed) : restRequest(seed);
        const status = await send(context, request);
        const byStatus = counts.get(request.route) ?? new Map<number, number>();
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        counts.set(request.route, byStatus);
        if (status >= 500 && failures.length < 20) {
          failures.push(
            `${status} ${request.auth} ${request.method} ${request.path}${request.rawQuery ? `?${request.rawQuery}` : request.query?.length ? `?${new URLSearchParams(request.query)}` : ''} ${request.headers?.['x-amz-target'] ?? ''} ${request.body?.slice(0, 300) ?? ''}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const statuses = [...new Set([...counts.values()].flatMap((byStatus) => [...byStatus.keys()]))].sort((a, b) => a - b);
    const rows = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, byStatus]) => [
        route,
        ...statuses.map((status) => String(byStatus.get(status) ?? '')),
        String([...byStatus.values()].reduce((sum, count) => sum + count, 0)),
      ]);
    const totals = statuses.map((status) => [...counts.values()].reduce((sum, byStatus) => sum + (byStatus.get(status) ?? 0), 0));
    rows.push(['total', ...totals.map(String), String(TOTAL)]);
    console.log(`\n${formatTable({ header: ['route', ...statuses.map((status) => (status === 0 ? 'unsent' : String(status))), 'all'], rows })}`);
    const fiveHundreds = statuses.filter((status) => status >= 500).reduce((sum, status) => sum + totals[statuses.indexOf(status)], 0);
    console.log(
      `\n${TOTAL} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; ${fiveHundreds} answers ≥ 500 (seed ${SEED}: FUZZ_SEED=${SEED} repeats this run).`,
    );
    if (fiveHundreds > 0) {
      console.error(`\nFirst ${failures.length} answers ≥ 500:\n${failures.join('\n')}`);
      if (server) console.error(`Server log: ${server.log}`);
      return code;
    }
    code = 0;
    return code;
  } finally {
    await server?.stop();
    // Keep the data and log of a failing run; a clean run leaves nothing behind.
    if (dataDir && code === 0) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
