// The real @aws-sdk/client-sagemaker against the endpoint's route handler and a real database: signed with a Cardinal access key, answered as the key's user, every failure surfaced by the SDK under the name AWS uses.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateModelCardCommand,
  CreateModelCardExportJobCommand,
  DescribeModelCardCommand,
  DescribeModelCardExportJobCommand,
  ListModelCardExportJobsCommand,
  ListModelCardsCommand,
  ResourceNotFound,
  SageMakerClient,
  paginateListModelCards,
} from '@aws-sdk/client-sagemaker';
import type { SageMakerClientConfig, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createAccessKey } from '@/lib/server/access-keys/create-access-key';
import { setAccessKeyActive } from '@/lib/server/access-keys/set-access-key-active';
import { POST } from '@/app/api/sagemaker/route';

let team: Team;
let server: http.Server;
let endpoint: string;
let key: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
  const created = await createAccessKey({ actor: team.author, label: 'endpoint test' });
  key = { accessKeyId: created.key.accessKeyId, secretAccessKey: created.secretAccessKey };
  // Node's HTTP server hands the route a standard Request, as Next does: the bytes and headers as received.
  server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const headers = new Headers();
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
      const response = await POST(
        new Request(`http://${incoming.headers.host}${incoming.url}`, { method: incoming.method, headers, body: Buffer.concat(chunks) }),
      );
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/sagemaker`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (config: Partial<SageMakerClientConfig> = {}) =>
  new SageMakerClient({ endpoint, region: 'us-east-1', credentials: { ...key }, maxAttempts: 1, ...config });

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SageMakerServiceException,
  );

describe('the SageMaker endpoint with the AWS SDK for JavaScript', () => {
  it("creates and describes a card as the key's owner, with the content returned byte for byte", async () => {
    const name = uniqueCardName('sdk');
    const Content = '{"model_overview" : {"model_description":"Ünïcode ✓"} ,  "intended_uses":{"risk_rating":"Low"}}';
    const created = await client().send(new CreateModelCardCommand({ ModelCardName: name, Content, ModelCardStatus: 'Draft' }));
    expect(created.ModelCardArn).toBe(`arn:aws:sagemaker:us-east-1:000000000000:model-card/${name}`);
    const described = await client().send(new DescribeModelCardCommand({ ModelCardName: created.ModelCardArn }));
    expect(described).toMatchObject({
      ModelCardName: name,
      ModelCardVersion: 1,
      Content,
      ModelCardStatus: 'Draft',
      CreatedBy: { UserProfileName: 'Ann Author' },
    });
    expect(described.CreationTime).toBeInstanceOf(Date);
    expect(described.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const names: string[] = [];
    for await (const page of paginateListModelCards({ client: client(), pageSize: 1 }, { NameContains: name })) {
      names.push(...(page.ModelCardSummaries ?? []).map((summary) => summary.ModelCardName!));
    }
    expect(names).toEqual([name]);
  });

  it("surfaces service errors as the SDK's named exceptions", async () => {
    const missing = await caught(client().send(new DescribeModelCardCommand({ ModelCardName: 'never-created' })));
    expect(missing).toBeInstanceOf(ResourceNotFound);
    expect(missing.message).toBe('Model card never-created does not exist.');
    const invalid = await caught(client().send(new ListModelCardsCommand({ MaxResults: 500 })));
    expect([invalid.name, invalid.message]).toEqual(['ValidationException', '1 validation error detected: MaxResults: must be at most 100']);
  });

  it("creates, describes and lists export jobs with the SDK's own commands", async () => {
    const name = uniqueCardName('sdk-export');
    await client().send(new CreateModelCardCommand({ ModelCardName: name, Content: '{"model_overview":{"model_description":"x"}}', ModelCardStatus: 'Draft' }));
    const jobArn = `arn:aws:sagemaker:us-east-1:000000000000:model-card/${name}/export-job/job-1`;
    const created = await client().send(
      new CreateModelCardExportJobCommand({ ModelCardName: name, ModelCardExportJobName: 'job-1', OutputConfig: { S3OutputPath: 's3://bucket/out' } }),
    );
    expect(created.ModelCardExportJobArn).toBe(jobArn);
    const described = await client().send(new DescribeModelCardExportJobCommand({ ModelCardExportJobArn: jobArn }));
    expect(described).toMatchObject({
      ModelCardExportJobName: 'job-1',
      Status: 'InProgress',
      ModelCardName: name,
      ModelCardVersion: 1,
      OutputConfig: { S3OutputPath: 's3://bucket/out' },
    });
    expect(described.CreatedAt).toBeInstanceOf(Date);
    const listed = await client().send(new ListModelCardExportJobsCommand({ ModelCardName: name }));
    expect(listed.ModelCardExportJobSummaries?.map((job) => job.ModelCardExportJobArn)).toEqual([jobArn]);
    const missing = await caught(
      client().send(
        new CreateModelCardExportJobCommand({
          ModelCardName: 'never-created',
          ModelCardExportJobName: 'job-1',
          OutputConfig: { S3OutputPath: 's3://bucket/out' },
        }),
      ),
    );
    expect([missing.name, missing.message]).toEqual(['ResourceNotFound', 'Model card never-created does not exist.']);
  });

  it('refuses a wrong secret, a stale clock, a deactivated key and an unknown operation', async () => {
    const wrong = await caught(
      client({ credentials: { accessKeyId: key.accessKeyId, secretAccessKey: `${key.secretAccessKey.slice(0, -1)}#` } }).send(new ListModelCardsCommand({})),
    );
    expect([wrong.name, wrong.$metadata.httpStatusCode]).toEqual(['InvalidSignatureException', 400]);

    const stale = await caught(client({ systemClockOffset: -20 * 60_000 }).send(new ListModelCardsCommand({})));
    expect(stale.name).toBe('InvalidSignatureException');
    expect(stale.message).toMatch(/^Signature expired: /);

    const unknown = client();
    unknown.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] = 'SageMaker.CreateTrainingJob';
        return next(args);
      },
      { step: 'build' },
    );
    const unknownError = await caught(unknown.send(new ListModelCardsCommand({})));
    expect([unknownError.name, unknownError.message]).toEqual(['UnknownOperationException', expect.stringContaining("'SageMaker.CreateTrainingJob'")]);

    await setAccessKeyActive({ actor: team.author, accessKeyId: key.accessKeyId, active: false });
    try {
      const inactive = await caught(client().send(new ListModelCardsCommand({})));
      expect([inactive.name, inactive.message]).toEqual(['UnrecognizedClientException', expect.stringContaining('no longer active')]);
    } finally {
      await setAccessKeyActive({ actor: team.author, accessKeyId: key.accessKeyId, active: true });
    }
  });
});
