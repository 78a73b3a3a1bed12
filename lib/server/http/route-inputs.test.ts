// Property-based: every REST route, called as Next calls it with generated path and query values (signed with an access key), answers below 500;
// the values issue 19 found (NUL, %ff left undecoded, year 0000, ids that are not ids) are 400s naming the field.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { createAccessKey } from '@/lib/server/access-keys/create-access-key';
import { GET as listCards } from '@/app/api/v1/model-cards/route';
import { GET as versionPdf } from '@/app/api/v1/model-cards/[name]/versions/[version]/pdf/route';
import { GET as exportJob } from '@/app/api/v1/export-jobs/[id]/route';
import { GET as exportPdf } from '@/app/api/v1/export-jobs/[id]/pdf/route';
import { GET as events } from '@/app/api/v1/events/route';
import { GET as dashboardCsv } from '@/app/api/v1/dashboard.csv/route';
import { GET as listTrainingJobs } from '@/app/api/v1/training-jobs/route';
import { GET as prefill } from '@/app/api/v1/registry/prefill/route';
import { POST as parseReport } from '@/app/api/v1/evaluation-reports/parse/route';
import { DELETE as deleteWebhook, PATCH as patchWebhook } from '@/app/api/v1/webhooks/[id]/route';
import { POST as rotateSecret } from '@/app/api/v1/webhooks/[id]/rotate-secret/route';

type TKey = { accessKeyId: string; secretAccessKey: string };
type TRoute = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

const HOST = 'cardinal.example.com';
let author: TKey;
let admin: TKey;

async function keyOf(actor: Actor): Promise<TKey> {
  const created = await createAccessKey({ actor, label: 'fuzz' });
  return { accessKeyId: created.key.accessKeyId, secretAccessKey: created.secretAccessKey };
}

beforeAll(async () => {
  await setupTestDatabase();
  const team = await createTeam();
  author = await keyOf(team.author);
  admin = await keyOf(team.admin);
});

/** A request signed as an AWS SDK signs it: the query's names and values percent-encoded on the wire, the body's SHA-256 covered. */
async function call(route: TRoute, key: TKey, method: string, path: string, query: [string, string][], params: Record<string, string> = {}, body?: string) {
  const signer = new SignatureV4({ service: 'sagemaker', region: 'us-east-1', credentials: key, sha256: Sha256 });
  // No prototype: a query may name a parameter toString or __proto__.
  const grouped: Record<string, string[]> = Object.create(null);
  for (const [name, value] of query) (grouped[name] ??= []).push(value);
  const signed = await signer.sign({ method, protocol: 'https:', hostname: HOST, path, query: grouped, headers: { host: HOST }, body });
  const wire = query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  const request = new Request(`https://${HOST}${path}${wire ? `?${wire}` : ''}`, { method, headers: signed.headers as Record<string, string>, body });
  return route(request, { params: Promise.resolve(params) });
}

/** What an attacker or a careless client puts in a value: the issue's cases, numbers at and past every edge, and any text. */
const nasty = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000',
    '%ff',
    '%00',
    '%',
    '0000-01-01T00:00:00Z',
    '0000-12-31',
    '9999-12-31',
    '10000-01-01',
    '-8e12',
    '1e308',
    'NaN',
    '-1',
    '0',
  ),
  fc.constantFrom('2147483648', '999999999999', '1.5', ' 1', 'me', 'Draft,Approved', 'asc', 'desc', 'name', 'createdAt', '2026-01-01T00:00:00+14:00'),
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[+-]?\d{1,6}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?([Zz]|[+-]\d{2}:\d{2}))?$/),
);

function queryOf(names: readonly string[]) {
  return fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })), nasty), { maxLength: 5 });
}

async function below500(response: Response, what: string) {
  expect(response.status, `${what} → ${response.status} ${await response.clone().text()}`).toBeLessThan(500);
}

const RUNS = { numRuns: 25 };

describe('REST routes answer generated input below 500', () => {
  it.each([
    [
      'GET /api/v1/model-cards',
      listCards,
      '/api/v1/model-cards',
      ['name', 'status', 'risk', 'owner', 'createdFrom', 'createdTo', 'modifiedFrom', 'modifiedTo', 'sort', 'order', 'limit', 'cursor'],
    ],
    ['GET /api/v1/dashboard.csv', dashboardCsv, '/api/v1/dashboard.csv', ['q', 'risk', 'status', 'approval', 'flag', 'kind', 'sort', 'order', 'page', 'asOf']],
    ['GET /api/v1/events', events, '/api/v1/events', ['after', 'type', 'limit']],
    [
      'GET /api/v1/training-jobs',
      listTrainingJobs,
      '/api/v1/training-jobs',
      ['status', 'nameContains', 'createdAfter', 'createdBefore', 'sortBy', 'sortOrder', 'limit', 'cursor'],
    ],
    ['GET /api/v1/registry/prefill', prefill, '/api/v1/registry/prefill', ['modelPackageArn', 'modelName']],
  ] as const)('%s: any query', async (what, route, path, names) => {
    await fc.assert(
      fc.asyncProperty(queryOf(names), fc.boolean(), async (query, asAdmin) => {
        await below500(await call(route as TRoute, asAdmin ? admin : author, 'GET', path, query), `${what} ${JSON.stringify(query)}`);
      }),
      RUNS,
    );
  });

  it('path parameters: export jobs, version PDFs and webhooks', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, async (first, second) => {
        await below500(await call(exportJob as TRoute, author, 'GET', '/api/v1/export-jobs/x', [], { id: first }), `export job ${JSON.stringify(first)}`);
        await below500(await call(exportPdf as TRoute, author, 'GET', '/api/v1/export-jobs/x/pdf', [], { id: first }), `export PDF ${JSON.stringify(first)}`);
        const pdf = await call(versionPdf as TRoute, author, 'GET', '/api/v1/model-cards/x/versions/1/pdf', [], { name: first, version: second });
        await below500(pdf, `version PDF ${JSON.stringify([first, second])}`);
        await below500(
          await call(rotateSecret as TRoute, admin, 'POST', '/api/v1/webhooks/x/rotate-secret', [], { id: first }),
          `rotate ${JSON.stringify(first)}`,
        );
        await below500(
          await call(deleteWebhook as TRoute, admin, 'DELETE', '/api/v1/webhooks/x', [], { id: first }),
          `delete webhook ${JSON.stringify(first)}`,
        );
      }),
      RUNS,
    );
  });

  it('bodies: a webhook change and an evaluation report with any JSON, NUL included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), nasty, async (value, format) => {
        const text = JSON.stringify(value) ?? 'null';
        const patched = await call(patchWebhook as TRoute, admin, 'PATCH', '/api/v1/webhooks/x', [], { id: '0b5c6f0e-4f5a-4a39-9c3e-2f1d8e7a6b5c' }, text);
        await below500(patched, `PATCH webhook ${text}`);
        await below500(await call(parseReport as TRoute, author, 'POST', '/api/v1/evaluation-reports/parse', [['format', format]], {}, text), `report ${text}`);
      }),
      RUNS,
    );
  });
});

describe("issue 19's requests are 400s naming the field", () => {
  it.each([
    ['id', exportJob, '/api/v1/export-jobs/x', [], { id: '\u0000' }],
    ['id', exportPdf, '/api/v1/export-jobs/x/pdf', [], { id: '%ff' }],
    ['name', versionPdf, '/api/v1/model-cards/x/versions/1/pdf', [], { name: '%ff', version: '1' }],
    ['name', versionPdf, '/api/v1/model-cards/x/versions/1/pdf', [], { name: 'a%', version: '1' }],
    ['version', versionPdf, '/api/v1/model-cards/x/versions/1/pdf', [], { name: 'churn', version: '2147483648' }],
    ['name', listCards, '/api/v1/model-cards', [['name', 'a\u0000']], {}],
    ['createdTo', listCards, '/api/v1/model-cards', [['createdTo', '0000-01-01T00:00:00Z']], {}],
    ['modifiedFrom', listCards, '/api/v1/model-cards', [['modifiedFrom', '0000-12-31']], {}],
    ['q', dashboardCsv, '/api/v1/dashboard.csv', [['q', 'a\u0000']], {}],
    ['asOf', dashboardCsv, '/api/v1/dashboard.csv', [['asOf', '0000-01-01']], {}],
    ['nameContains', listTrainingJobs, '/api/v1/training-jobs', [['nameContains', 'a\u0000']], {}],
    ['createdAfter', listTrainingJobs, '/api/v1/training-jobs', [['createdAfter', '0000-01-01']], {}],
    ['type', events, '/api/v1/events', [['type', 'a\u0000']], {}],
  ] as const)('%s', async (field, route, path, query, params) => {
    const response = await call(route as TRoute, admin, 'GET', path, query as unknown as [string, string][], params as Record<string, string>);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_INPUT', path: field, message: expect.stringContaining(`${field}:`) } });
  });
});

describe('Server-Timing', () => {
  it('an answer says how long finding the caller and the route itself took', async () => {
    const response = await call(listCards as TRoute, author, 'GET', '/api/v1/model-cards', [['limit', '5']]);
    expect(response.status).toBe(200);
    const timing = response.headers.get('server-timing') ?? '';
    expect(timing).toMatch(/^auth;dur=\d+\.\d\d, app;dur=\d+\.\d\d$/);
  });
});
