// The registry's REST routes as a pipeline calls them, signed with an access key: POST /api/v1/training-jobs (201 recorded, 200 repeated, 409 other content) and GET /api/v1/registry/prefill.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createTestGroup, registerTestPackage, trainingJobDescription, uniqueArtifact } from '@/test/registry-factories';
import { createAccessKey } from '@/lib/server/access-keys/create-access-key';
import { GET as listTrainingJobsRoute, POST as recordTrainingJobRoute } from '@/app/api/v1/training-jobs/route';
import { GET as prefillRoute } from '@/app/api/v1/registry/prefill/route';

let team: Team;
let key: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
  const created = await createAccessKey({ actor: team.author, label: 'pipeline' });
  key = { accessKeyId: created.key.accessKeyId, secretAccessKey: created.secretAccessKey };
});

const HOST = 'cardinal.example.com';
/** The routes go through apiRoute, which Next calls with the route's segment params (none here). */
const NO_PARAMS = { params: Promise.resolve({}) };

async function signed(method: 'GET' | 'POST', pathAndQuery: string, body = ''): Promise<Request> {
  const url = new URL(`https://${HOST}${pathAndQuery}`);
  const signer = new SignatureV4({ service: 'sagemaker', region: 'us-east-1', credentials: key, sha256: Sha256 });
  const request = await signer.sign({
    method,
    protocol: 'https:',
    hostname: HOST,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: HOST, 'content-type': 'application/json' },
    body: method === 'POST' ? body : undefined,
  });
  return new Request(url, { method, headers: request.headers as Record<string, string>, body: method === 'POST' ? body : undefined });
}

describe('POST /api/v1/training-jobs', () => {
  it('records a job (201), answers a repeat with 200 and changes nothing, and refuses other content with 409', async () => {
    const name = uniqueCardName('job');
    const text = JSON.stringify(trainingJobDescription(name, uniqueArtifact()), null, 2);
    const first = await recordTrainingJobRoute(await signed('POST', '/api/v1/training-jobs', text), NO_PARAMS);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ created: true, job: { name, descriptionText: text, createdBy: { id: team.author.id } } });

    const again = await recordTrainingJobRoute(await signed('POST', '/api/v1/training-jobs', text), NO_PARAMS);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false });

    const other = await recordTrainingJobRoute(
      await signed('POST', '/api/v1/training-jobs', JSON.stringify(trainingJobDescription(name, uniqueArtifact()))),
      NO_PARAMS,
    );
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ error: { code: 'CONFLICT' } });

    const listed = await listTrainingJobsRoute(await signed('GET', `/api/v1/training-jobs?nameContains=${name}`), NO_PARAMS);
    expect((await listed.json()).items.map((job: { name: string }) => job.name)).toEqual([name]);
  });

  it('refuses a body whose signature does not match', async () => {
    const request = await signed('POST', '/api/v1/training-jobs', JSON.stringify(trainingJobDescription(uniqueCardName('job'), uniqueArtifact())));
    const tampered = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: JSON.stringify(trainingJobDescription(uniqueCardName('evil'), uniqueArtifact())),
    });
    const response = await recordTrainingJobRoute(tampered, NO_PARAMS);
    expect(response.status).toBe(403);
  });
});

describe('GET /api/v1/registry/prefill', () => {
  it('prefills from a package ARN, and says 400 without a target and 404 for a package that does not exist', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const response = await prefillRoute(await signed('GET', `/api/v1/registry/prefill?modelPackageArn=${encodeURIComponent(pkg.arn)}`), NO_PARAMS);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.content.model_package_details.model_package_arn).toBe(pkg.arn);
    expect(body.sources.model_package_details).toEqual({ kind: 'package', name: group.name, version: 1, arn: pkg.arn });

    expect((await prefillRoute(await signed('GET', '/api/v1/registry/prefill'), NO_PARAMS)).status).toBe(400);
    const missing = await prefillRoute(
      await signed('GET', `/api/v1/registry/prefill?modelPackageArn=${encodeURIComponent(`${pkg.arn.slice(0, -1)}9`)}`),
      NO_PARAMS,
    );
    expect(missing.status).toBe(404);
  });
});
