// What AWS clients see from Cardinal's AWS JSON answers: the error name and message, a working ARN, the exact timestamp, a NextToken that survives only unchanged.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  ConflictException,
  DescribeModelCardCommand,
  ListModelCardsCommand,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  type SageMakerClientConfig,
} from '@aws-sdk/client-sagemaker';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAGEMAKER_OPERATIONS } from './operations';
import {
  authError,
  awsError,
  decodeNextToken,
  encodeNextToken,
  exportJobArn,
  fromEpochSeconds,
  internalFailure,
  modelCardArn,
  parseExportJobArn,
  parseModelCardArn,
  parseModelCardNameOrArn,
  parseTarget,
  REQUIRED_SIGNED_HEADERS,
  toEpochSeconds,
  type TAwsErrorResponse,
  type TAwsErrorType,
} from './protocol';
import { verifySigV4 } from '@/lib/server/auth/sigv4/verify-sigv4';
import { hasCommand, hasPython, isolatedAwsEnv } from './test-support/aws-tools';
import { startCaptureServer, type TCannedResponse, type TCapturedRequest, type TCaptureServer } from './test-support/capture-server';

const run = promisify(execFile);
const ACCESS_KEY_ID = 'AKIACARDINALTEST01';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

let server: TCaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientFor = (endpoint: string, config: Partial<SageMakerClientConfig> = {}) =>
  new SageMakerClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET },
    maxAttempts: 1,
    ...config,
  });

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SageMakerServiceException,
  );

/** The verifying front half of the SageMaker route: authenticate, read the target, then answer as told. */
async function authenticatedAnswer(request: TCapturedRequest, answer: () => TCannedResponse): Promise<TCannedResponse> {
  const auth = await verifySigV4({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    now: new Date(),
    lookupSecret: async (id) => (id === ACCESS_KEY_ID ? { secret: SECRET } : null),
    service: 'sagemaker',
    requiredSignedHeaders: REQUIRED_SIGNED_HEADERS,
  });
  if (!auth.ok) return authError(auth);
  const target = parseTarget(request.headers['x-amz-target'], SAGEMAKER_OPERATIONS);
  if (!target.ok) return awsError('UnknownOperationException', target.message);
  return answer();
}

describe('parseTarget', () => {
  it('reads every supported operation from X-Amz-Target', () => {
    for (const operation of SAGEMAKER_OPERATIONS) {
      expect(parseTarget(`SageMaker.${operation}`, SAGEMAKER_OPERATIONS)).toEqual({ ok: true, operation });
    }
    expect(parseTarget('  SageMaker.ListModelCards ', SAGEMAKER_OPERATIONS)).toEqual({ ok: true, operation: 'ListModelCards' });
  });

  it.each([
    ['an operation Cardinal does not serve', 'SageMaker.CreateTrainingJob'],
    ['another service', 'DynamoDB_20120810.ListModelCards'],
    ['a different case', 'sagemaker.ListModelCards'],
    ['a bare operation', 'ListModelCards'],
    ['an empty operation', 'SageMaker.'],
    ['a prototype key', 'SageMaker.constructor'],
  ])('refuses %s, listing what is served', (_label, header) => {
    const result = parseTarget(header, SAGEMAKER_OPERATIONS);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('SageMaker.DeleteTags') });
  });

  it('explains a missing header', () => {
    expect(parseTarget(undefined, SAGEMAKER_OPERATIONS)).toEqual({ ok: false, message: expect.stringContaining('Missing X-Amz-Target') });
    expect(parseTarget('', SAGEMAKER_OPERATIONS)).toMatchObject({ ok: false });
  });
});

describe('AWS JSON errors as @aws-sdk/client-sagemaker surfaces them', () => {
  it('builds the documented response', () => {
    expect(awsError('ResourceNotFound', 'Model card churn does not exist.')).toEqual({
      status: 400,
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-ErrorType': 'ResourceNotFound' },
      body: { __type: 'ResourceNotFound', message: 'Model card churn does not exist.' },
    });
  });

  it.each<[TAwsErrorType, (new (...args: never[]) => Error) | undefined]>([
    ['ValidationException', undefined],
    ['ResourceNotFound', ResourceNotFound],
    ['ConflictException', ConflictException],
    ['ResourceLimitExceeded', ResourceLimitExceeded],
    ['AccessDeniedException', undefined],
    ['UnknownOperationException', undefined],
    ['SerializationException', undefined],
  ])('%s arrives with its name, message and a client fault', async (type, modeledClass) => {
    const message = `${type}: explained for the user — ünïcode too`;
    server = await startCaptureServer(() => awsError(type, message));
    const error = await caught(clientFor(server.endpoint).send(new DescribeModelCardCommand({ ModelCardName: 'churn' })));
    expect(error).toBeInstanceOf(SageMakerServiceException);
    if (modeledClass) expect(error).toBeInstanceOf(modeledClass);
    expect(error.name).toBe(type);
    expect(error.message).toBe(message);
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('an internal failure is a server fault the client retries, and it carries the error id', async () => {
    server = await startCaptureServer(() => internalFailure('err_7f3a'));
    const error = await caught(clientFor(server.endpoint, { maxAttempts: 2 }).send(new ListModelCardsCommand({})));
    expect(error.name).toBe('InternalFailure');
    expect(error.$fault).toBe('server');
    expect(error.message).toContain('err_7f3a');
    expect(server.requests).toHaveLength(2);
  });

  it('an unsupported operation is UnknownOperationException from the route front half', async () => {
    server = await startCaptureServer((request) => authenticatedAnswer(request, () => ({ status: 200, body: {} })));
    const client = clientFor(server.endpoint);
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] = 'SageMaker.CreateTrainingJob';
        return next(args);
      },
      { step: 'build' },
    );
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect(error.name).toBe('UnknownOperationException');
    expect(error.message).toContain("'SageMaker.CreateTrainingJob'");
  });
});

describe('authentication failures as the AWS clients surface them', () => {
  const start = () => startCaptureServer((request) => authenticatedAnswer(request, () => ({ status: 200, body: { ModelCardSummaries: [] } })));

  /** Rewrites the signed request just before it is sent, as a broken proxy or hand-rolled signer would. */
  const tamperAfterSigning = (client: SageMakerClient, change: (headers: Record<string, string>) => void) =>
    client.middlewareStack.add(
      (next) => async (args) => {
        change((args.request as { headers: Record<string, string> }).headers);
        return next(args);
      },
      // Signing sits just after retry at the start of this step; a low-priority entry runs after it, on the signed request.
      { step: 'finalizeRequest', priority: 'low' },
    );

  it('a wrong secret is InvalidSignatureException (400)', async () => {
    server = await start();
    const client = clientFor(server.endpoint, { credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: 'wrong' } });
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['InvalidSignatureException', 400]);
    expect(error.message).toContain('signature we calculated does not match');
  });

  it('an unknown access key is UnrecognizedClientException (400)', async () => {
    server = await start();
    const client = clientFor(server.endpoint, { credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: SECRET } });
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['UnrecognizedClientException', 400]);
    expect(error.message).toContain('AKIAUNKNOWN');
  });

  it('a malformed Authorization header is IncompleteSignatureException (400)', async () => {
    server = await start();
    const client = clientFor(server.endpoint);
    tamperAfterSigning(client, (headers) => (headers.authorization = headers.authorization.replace(/, Signature=.*/, '')));
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['IncompleteSignatureException', 400]);
    expect(error.message).toContain("requires 'Signature'");
  });

  it('a missing Authorization header is MissingAuthenticationTokenException (403)', async () => {
    server = await start();
    const client = clientFor(server.endpoint);
    tamperAfterSigning(client, (headers) => delete headers.authorization);
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['MissingAuthenticationTokenException', 403]);
  });

  it('a client clock 20 minutes slow fails with "Signature expired" when it may not retry', async () => {
    server = await start();
    const client = clientFor(server.endpoint, { systemClockOffset: -20 * 60_000 });
    const error = await caught(client.send(new ListModelCardsCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/^Signature expired: .* The request time is 20 min \d+ s behind the server's clock/);
  });

  it('a client clock 20 minutes slow corrects itself from the Date header and succeeds on the retry', async () => {
    server = await start();
    const client = clientFor(server.endpoint, { systemClockOffset: -20 * 60_000, maxAttempts: 3 });
    const output = await client.send(new ListModelCardsCommand({}));
    expect(output.ModelCardSummaries).toEqual([]);
    expect(server.requests).toHaveLength(2);
    expect(Math.abs(client.config.systemClockOffset ?? Infinity)).toBeLessThan(5_000);
  });

  it('every verifier failure code maps onto an AWS JSON error type', () => {
    const types = (
      [
        'MissingAuthenticationToken',
        'IncompleteSignature',
        'InvalidClientTokenId',
        'SignatureDoesNotMatch',
        'RequestExpired',
        'InvalidSignatureException',
      ] as const
    ).map((code) => [code, authError({ code, message: 'm' }).body.__type, authError({ code, message: 'm' }).status]);
    expect(types).toEqual([
      ['MissingAuthenticationToken', 'MissingAuthenticationTokenException', 403],
      ['IncompleteSignature', 'IncompleteSignatureException', 400],
      ['InvalidClientTokenId', 'UnrecognizedClientException', 400],
      ['SignatureDoesNotMatch', 'InvalidSignatureException', 400],
      ['RequestExpired', 'InvalidSignatureException', 400],
      ['InvalidSignatureException', 'InvalidSignatureException', 400],
    ]);
  });
});

describe('errors as boto3 and the AWS CLI surface them', () => {
  const answers: Record<string, TAwsErrorResponse | TCannedResponse> = {
    'SageMaker.DescribeModelCard': awsError('ResourceNotFound', 'Model card churn does not exist.'),
    'SageMaker.CreateModelCard': awsError('ConflictException', 'A model card named churn already exists.'),
    'SageMaker.DeleteModelCard': awsError('AccessDeniedException', 'You may not delete model cards.'),
    'SageMaker.ListModelCards': { status: 200, body: { ModelCardSummaries: [] } },
  };
  const start = () =>
    startCaptureServer((request) => authenticatedAnswer(request, () => answers[request.headers['x-amz-target']] ?? { status: 200, body: {} }));

  // Skipped only where Python's boto3 is not installed (this machine image ships it; a developer's may not).
  it.skipIf(!hasPython('boto3'))('boto3 raises ClientError with the code, message and status; auth failures likewise', async () => {
    server = await start();
    const script = `
import sys, json, boto3
from botocore.config import Config
from botocore.exceptions import ClientError
endpoint, key, secret = sys.argv[1:4]
def client(secret):
    return boto3.client('sagemaker', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id=key,
                        aws_secret_access_key=secret, config=Config(retries={'total_max_attempts': 1}))
calls = [
    lambda: client(secret).describe_model_card(ModelCardName='churn'),
    lambda: client(secret).create_model_card(ModelCardName='churn', Content='{}', ModelCardStatus='Draft'),
    lambda: client(secret).delete_model_card(ModelCardName='churn'),
    lambda: client('wrong').list_model_cards(),
]
out = []
for call in calls:
    try:
        call(); out.append(None)
    except ClientError as e:
        out.append([e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']])
print(json.dumps(out))
`;
    const { stdout } = await run('python3', ['-c', script, server.endpoint, ACCESS_KEY_ID, SECRET], { env: isolatedAwsEnv() });
    expect(JSON.parse(stdout)).toEqual([
      ['ResourceNotFound', 'Model card churn does not exist.', 400],
      ['ConflictException', 'A model card named churn already exists.', 400],
      ['AccessDeniedException', 'You may not delete model cards.', 400],
      ['InvalidSignatureException', expect.stringContaining('does not match'), 400],
    ]);
  });

  // Skipped only where the AWS CLI is not installed (this machine image ships it; a developer's may not).
  it.skipIf(!hasCommand('aws'))('the AWS CLI prints the error name and message', async () => {
    server = await start();
    const env = isolatedAwsEnv({ AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_MAX_ATTEMPTS: '1' });
    const cli = (...args: string[]) => run('aws', ['sagemaker', ...args, '--endpoint-url', server!.endpoint, '--region', 'us-east-1'], { env });
    const failure = await cli('describe-model-card', '--model-card-name', 'churn').catch((error: { stderr: string }) => error);
    expect('stderr' in failure && failure.stderr).toContain(
      'An error occurred (ResourceNotFound) when calling the DescribeModelCard operation: Model card churn does not exist.',
    );
    const list = await cli('list-model-cards');
    expect(JSON.parse(list.stdout)).toEqual({ ModelCardSummaries: [] });
  });
});

describe('model card ARNs', () => {
  // ModelCardArn and ModelCardExportJobArn as botocore's service-2.json writes them.
  const BOTOCORE_MODEL_CARD_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-card\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
  const BOTOCORE_EXPORT_JOB_ARN =
    /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-card\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\/export-job\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
  const context = { region: 'us-east-1', account: '111122223333' };

  it('builds the ARN of a card, keeping the name as written', () => {
    const arn = modelCardArn({ ...context, name: 'Churn-XGB--v2' });
    expect(arn).toBe('arn:aws:sagemaker:us-east-1:111122223333:model-card/Churn-XGB--v2');
    expect(arn).toMatch(BOTOCORE_MODEL_CARD_ARN);
    expect(parseModelCardArn(arn)).toEqual({ partition: 'aws', ...context, name: 'Churn-XGB--v2' });
  });

  it('builds the ARN of an export job under its card', () => {
    const arn = exportJobArn({ ...context, cardName: 'churn', jobName: 'churn-export-1' });
    expect(arn).toBe('arn:aws:sagemaker:us-east-1:111122223333:model-card/churn/export-job/churn-export-1');
    expect(arn).toMatch(BOTOCORE_EXPORT_JOB_ARN);
    expect(parseExportJobArn(arn)).toEqual({ partition: 'aws', ...context, cardName: 'churn', jobName: 'churn-export-1' });
    expect(parseModelCardArn(arn)).toBeNull();
  });

  it.each([
    ['a name with an underscore', { ...context, name: 'churn_v2' }],
    ['a name ending in a hyphen', { ...context, name: 'churn-' }],
    ['a 64-character name', { ...context, name: 'a'.repeat(64) }],
    ['an 11-digit account', { region: 'us-east-1', account: '11112222333', name: 'churn' }],
    ['an upper-case region', { region: 'US-EAST-1', account: '111122223333', name: 'churn' }],
  ])('refuses to build one from %s', (_label, parts) => {
    expect(() => modelCardArn(parts)).toThrow(/Invalid/);
  });

  it.each([
    'arn:aws:sagemaker:us-east-1:111122223333:model/churn',
    'arn:aws:s3:us-east-1:111122223333:model-card/churn',
    'arn:aws:sagemaker:us-east-1:1111222233:model-card/churn',
    'arn:aws:sagemaker:us-east-1:111122223333:model-card/',
    'arn:aws:sagemaker:us-east-1:111122223333:model-card/churn/extra',
    'churn',
  ])('parses %s as no model card ARN', (arn) => {
    expect(parseModelCardArn(arn)).toBeNull();
  });

  it('reads other partitions and regions, which the caller compares with its own', () => {
    expect(parseModelCardArn('arn:aws-cn:sagemaker:cn-north-1:111122223333:model-card/churn')).toEqual({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '111122223333',
      name: 'churn',
    });
  });

  it('reads a ModelCardNameOrArn member as a name or a card ARN', () => {
    expect(parseModelCardNameOrArn('churn')).toEqual({ name: 'churn' });
    expect(parseModelCardNameOrArn('arn:aws:sagemaker:us-east-1:111122223333:model-card/churn')).toEqual({
      name: 'churn',
      arn: { partition: 'aws', ...context, name: 'churn' },
    });
    expect(parseModelCardNameOrArn('churn_v2')).toBeNull();
    expect(parseModelCardNameOrArn('arn:aws:sagemaker:us-east-1:111122223333:model-card/churn/export-job/x')).toBeNull();
  });
});

describe('timestamps', () => {
  it('go out as epoch seconds with the milliseconds, and the SDK reads back the same instant', async () => {
    const created = new Date('2026-01-02T03:04:05.678Z');
    const modified = new Date('2026-11-22T23:59:59.001Z');
    expect(toEpochSeconds(created)).toBe(1767323045.678);
    server = await startCaptureServer(() => ({
      status: 200,
      body: {
        ModelCardSummaries: [
          {
            ModelCardName: 'churn',
            ModelCardArn: 'arn:aws:sagemaker:us-east-1:111122223333:model-card/churn',
            ModelCardStatus: 'Draft',
            CreationTime: toEpochSeconds(created),
            LastModifiedTime: toEpochSeconds(modified),
          },
        ],
      },
    }));
    const output = await clientFor(server.endpoint).send(new ListModelCardsCommand({}));
    expect(output.ModelCardSummaries?.[0].CreationTime).toEqual(created);
    expect(output.ModelCardSummaries?.[0].LastModifiedTime).toEqual(modified);
  });

  it('come in from the JS SDK as fractional epoch seconds and are read back exactly', async () => {
    server = await startCaptureServer(() => ({ status: 200, body: { ModelCardSummaries: [] } }));
    const after = new Date('2026-01-02T03:04:05.678Z');
    await clientFor(server.endpoint).send(new ListModelCardsCommand({ CreationTimeAfter: after }));
    const sent = JSON.parse(server.requests[0].body.toString()).CreationTimeAfter;
    expect(typeof sent).toBe('number');
    expect(fromEpochSeconds(sent)).toEqual(after);
  });

  it.each([
    [1767323045, '2026-01-02T03:04:05.000Z'],
    [1767323045.678, '2026-01-02T03:04:05.678Z'],
    [0, '1970-01-01T00:00:00.000Z'],
    ['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02T03:04:05.678123Z', '2026-01-02T03:04:05.678Z'],
    ['2026-01-02T04:04:05+01:00', '2026-01-02T03:04:05.000Z'],
    ['2026-01-01T22:34:05-0430', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02t03:04z', '2026-01-02T03:04:00.000Z'],
    ['2026-01-02', '2026-01-02T00:00:00.000Z'],
  ])('reads %j', (value, iso) => {
    expect(fromEpochSeconds(value)?.toISOString()).toBe(iso);
  });

  it.each([
    ['a date-time without a zone', '2026-01-02T03:04:05'],
    ['February 30th', '2026-02-30'],
    ['hour 24', '2026-01-02T24:00:00Z'],
    ['an RFC 1123 date', 'Fri, 02 Jan 2026 03:04:05 GMT'],
    ['a numeric string', '1767323045'],
    ['text', 'yesterday'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a number past year 275760', 9e12],
  ])('refuses %s', (_label, value) => {
    expect(fromEpochSeconds(value)).toBeNull();
  });
});

describe('NextToken', () => {
  const ZCursor = z.strictObject({ createdAt: z.iso.datetime(), id: z.string() });
  const cursor = { createdAt: '2026-01-02T03:04:05.678Z', id: 'card_01HZX' };

  it('round-trips a cursor through an opaque, URL-safe token', () => {
    const token = encodeNextToken(cursor);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    expect(token).not.toContain('card_01HZX');
    expect(decodeNextToken(token, ZCursor)).toEqual({ ok: true, cursor });
  });

  it('round-trips unicode and nested values', () => {
    const value = { name: 'Ünïcödé ✓ 😀', keys: [1, 2.5, null, true], nested: { a: 'b' } };
    expect(decodeNextToken(encodeNextToken(value), z.unknown())).toEqual({ ok: true, cursor: value });
  });

  const invalid = { ok: false, error: awsError('ValidationException', 'Invalid NextToken: pass the NextToken from the previous response unchanged.') };

  it.each([
    [
      'an edited cursor',
      (token: string) => token.replace(/^v1\.[^.]+/, `v1.${Buffer.from(JSON.stringify({ ...cursor, id: 'card_other' })).toString('base64url')}`),
    ],
    ['a truncated token', (token: string) => token.slice(0, -3)],
    ['a token cut at a dot', (token: string) => token.split('.').slice(0, 2).join('.')],
    ['another version', (token: string) => token.replace(/^v1/, 'v2')],
    ['an extra part', (token: string) => `${token}.x`],
    ['an empty token', () => ''],
    ['random text', () => 'eyJub3QiOiJvdXJzIn0'],
  ])('refuses %s with a ValidationException', (_label, change) => {
    expect(decodeNextToken(change(encodeNextToken(cursor)), ZCursor)).toEqual(invalid);
  });

  it('refuses a genuine token whose cursor is not the shape this operation pages by', () => {
    expect(decodeNextToken(encodeNextToken({ version: 3 }), ZCursor)).toEqual(invalid);
  });

  it('refuses to mint a token longer than the 8192 characters the API allows', () => {
    expect(() => encodeNextToken({ id: 'x'.repeat(7000) })).toThrow(/8192/);
  });
});
