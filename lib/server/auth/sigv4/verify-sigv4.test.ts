// Requests signed by @smithy/signature-v4, the real SageMakerClient, curl --aws-sigv4 and boto3 verify; each kind of tampering is refused with the code AWS would give.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Sha256 } from '@aws-crypto/sha256-js';
import { DescribeModelCardCommand, ListModelCardsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUIRED_SIGNED_HEADERS } from '@/lib/sagemaker/protocol';
import { verifySigV4, type TSigV4Result, type TVerifySigV4Options } from './verify-sigv4';
import { hasPython, isolatedAwsEnv } from '@/lib/sagemaker/test-support/aws-tools';
import { startCaptureServer, type TCapturedRequest, type TCaptureServer } from '@/lib/sagemaker/test-support/capture-server';

const run = promisify(execFile);
const ACCESS_KEY_ID = 'AKIACARDINALTEST01';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SIGNED_AT = new Date('2026-01-01T12:00:00.000Z');
const HOST = 'cardinal.example.com';

const lookupSecret = async (accessKeyId: string) => (accessKeyId === ACCESS_KEY_ID ? { secret: SECRET } : null);

type TQuery = Record<string, string | string[]>;
type TToSign = {
  method?: string;
  /** The path as it goes on the wire, already percent-encoded. */
  path?: string;
  query?: TQuery;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  service?: string;
  region?: string;
  secret?: string;
  signingDate?: Date;
  uriEscapePath?: boolean;
  unsignableHeaders?: string[];
};

/** Signs as an AWS SDK would and returns what the server receives: lower-cased headers, the wire URL. */
async function signed(options: TToSign = {}): Promise<Omit<TVerifySigV4Options, 'lookupSecret' | 'now'>> {
  const { method = 'POST', path = '/', query = {}, headers = {}, body = '', service = 'sagemaker', region = 'us-east-1' } = options;
  const signer = new SignatureV4({
    service,
    region,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: options.secret ?? SECRET },
    sha256: Sha256,
    uriEscapePath: options.uriEscapePath ?? true,
  });
  const request = await signer.sign(
    { method, protocol: 'https:', hostname: HOST, path, query, headers: { host: HOST, ...headers }, body },
    { signingDate: options.signingDate ?? SIGNED_AT, unsignableHeaders: new Set(options.unsignableHeaders ?? []) },
  );
  const lowerCased = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const wireQuery = Object.entries(query)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}`))
    .join('&');
  return { method, url: wireQuery ? `${path}?${wireQuery}` : path, headers: lowerCased, body };
}

const verify = (request: Omit<TVerifySigV4Options, 'lookupSecret' | 'now'>, extra: Partial<TVerifySigV4Options> = {}) =>
  verifySigV4({ lookupSecret, now: SIGNED_AT, ...request, ...extra });

const failureCode = (result: TSigV4Result) => (result.ok ? 'ok' : result.code);

const encodePath = (segments: string[]) => `/${segments.map(encodeURIComponent).join('/')}`;

const JSON_HEADERS = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.ListModelCards' };

describe('verifySigV4 accepts what @smithy/signature-v4 signs', () => {
  it('returns the key, scope and signed headers of a SageMaker JSON call', async () => {
    const request = await signed({ headers: JSON_HEADERS, body: '{"MaxResults":5}' });
    expect(await verify(request, { service: 'sagemaker', requiredSignedHeaders: ['x-amz-target'] })).toEqual({
      ok: true,
      accessKeyId: ACCESS_KEY_ID,
      region: 'us-east-1',
      service: 'sagemaker',
      signedHeaders: ['content-type', 'host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-target'],
    });
  });

  it.each(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'])('verifies a %s request', async (method) => {
    const body = method === 'GET' || method === 'HEAD' ? '' : '{"a":1}';
    expect(failureCode(await verify(await signed({ method, path: '/model-cards/churn', body })))).toBe('ok');
  });

  it.each([
    ['spaces', ['model cards', 'a b  c']],
    ['unicode', ['karten', 'über', '✓ done', '日本語', '😀']],
    ['reserved characters', ["it's", '(x)*!', 'a+b', 'c=d&e', 'semi;colon', 'at@', 'tilde~under_score.dot-dash']],
    ['an encoded slash inside a segment', ['items', 'a/b', '%2F']],
  ])('verifies a path with %s, double-encoded as AWS does for non-S3 services', async (_label, segments) => {
    const request = await signed({ method: 'GET', path: encodePath(segments) });
    expect(failureCode(await verify(request))).toBe('ok');
  });

  it.each([
    ['dot segments', '/a/./b/../c'],
    ['repeated slashes', '//a//b///c'],
    ['a trailing slash', '/a/b/'],
    ['the root', '/'],
  ])('normalises a path with %s the way the SDKs do', async (_label, path) => {
    expect(failureCode(await verify(await signed({ method: 'GET', path })))).toBe('ok');
  });

  it('verifies an execute-api style REST call with path parameters and a query', async () => {
    const request = await signed({
      method: 'PUT',
      service: 'execute-api',
      region: 'eu-west-1',
      path: `/prod/cards/${encodeURIComponent('team a/churn v2')}/versions/3`,
      query: { dryRun: 'true', 'fields[]': ['b', 'a'] },
      headers: { 'content-type': 'application/json' },
      body: '{"status":"Approved"}',
    });
    const result = await verify(request);
    expect(result).toMatchObject({ ok: true, region: 'eu-west-1', service: 'execute-api' });
  });

  it('verifies query strings with repeated keys, special characters, empty values and unicode', async () => {
    const query: TQuery = {
      z: 'last',
      b: ['2', '10', '1'],
      'a key': 'a value with spaces',
      'c*': "it's (ok)!",
      ü: 'ß/?&=+',
      empty: '',
      tilde: '~._-',
    };
    expect(failureCode(await verify(await signed({ method: 'GET', path: '/search', query })))).toBe('ok');
  });

  it('canonicalises header values with extra spaces, tabs and line breaks', async () => {
    const headers = { 'x-amz-meta-note': '  several   spaces\tand\ttabs  ', 'x-custom': 'a\r\n b', 'content-type': 'application/json' };
    expect(failureCode(await verify(await signed({ method: 'PUT', path: '/x', headers, body: '{}' })))).toBe('ok');
  });

  it('verifies empty bodies with and without x-amz-content-sha256, and unicode bodies as string or bytes', async () => {
    const unicode = '{"Content":"Ünïcödé ✓ 日本語 😀"}';
    const withoutHash = await signed({ body: '' });
    delete (withoutHash.headers as Record<string, string>)['x-amz-content-sha256'];
    for (const request of [
      await signed({ body: '' }),
      await signed({ body: unicode }),
      { ...(await signed({ body: unicode })), body: new TextEncoder().encode(unicode) },
      await signed({ body: new TextEncoder().encode(unicode) }),
    ]) {
      expect(failureCode(await verify(request))).toBe('ok');
    }
    // Without the header the payload hash still comes from the body, as for boto3 and curl; the header was signed, so dropping it breaks the signature.
    expect(failureCode(await verify(withoutHash))).toBe('SignatureDoesNotMatch');
  });

  it('verifies clients that sign the path exactly as sent (S3-style signers)', async () => {
    const request = await signed({ method: 'GET', path: encodePath(['a b', 'über']), uriEscapePath: false });
    expect(failureCode(await verify(request))).toBe('ok');
  });

  it('takes the signing time from an HTTP Date header when there is no X-Amz-Date', async () => {
    const request = await signed({ method: 'GET', path: '/', unsignableHeaders: ['x-amz-date'] });
    const headers = { ...request.headers } as Record<string, string>;
    delete headers['x-amz-date'];
    headers.date = SIGNED_AT.toUTCString();
    expect(failureCode(await verify({ ...request, headers }))).toBe('ok');
  });

  it('accepts a full URL as well as a path', async () => {
    const request = await signed({ method: 'GET', path: '/a%20b', query: { q: '1' } });
    expect(failureCode(await verify({ ...request, url: `https://${HOST}${request.url}#ignored` }))).toBe('ok');
  });

  it('accepts requests signed up to 15 minutes before or after the server time', async () => {
    const request = await signed({ headers: JSON_HEADERS, body: '{}' });
    for (const offsetMinutes of [-15, -14, 0, 14, 15]) {
      const now = new Date(SIGNED_AT.getTime() + offsetMinutes * 60_000);
      expect(failureCode(await verify(request, { now })), `${offsetMinutes} min`).toBe('ok');
    }
  });

  it('verifies random requests of any shape', async () => {
    const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => s !== '.' && s !== '..');
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const headerValue = fc.stringMatching(/^[ -~\t]{0,20}$/);
    const queryKey = text.filter((key) => key.length > 0 && key.toLowerCase() !== 'x-amz-signature' && key !== '__proto__');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.array(segment, { maxLength: 4 }),
        // The signer builds its canonical query in a plain object, where a "__proto__" key vanishes; it is not signed at all.
        fc.dictionary(queryKey, fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }))),
        fc.dictionary(fc.stringMatching(/^x-amz-meta-[a-z0-9]{1,8}$/), headerValue),
        fc.oneof(text, fc.uint8Array({ maxLength: 64 })),
        async (method, segments, query, headers, body) => {
          const request = await signed({ method, path: encodePath(segments), query, headers, body });
          return (await verify(request)).ok;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('verifySigV4 refuses', () => {
  const base = () => signed({ method: 'POST', path: '/', query: { a: '1' }, headers: JSON_HEADERS, body: '{"MaxResults":5}' });
  const withHeaders = async (change: (headers: Record<string, string>) => void) => {
    const request = await base();
    const headers = { ...request.headers } as Record<string, string>;
    change(headers);
    return { ...request, headers };
  };

  it('a request signed with another secret', async () => {
    const result = await verify(await signed({ headers: JSON_HEADERS, body: '{}', secret: 'not-the-secret' }));
    expect(result).toEqual({ ok: false, code: 'SignatureDoesNotMatch', message: expect.stringContaining('does not match') });
  });

  it('a tampered body, whether or not x-amz-content-sha256 was sent', async () => {
    const request = await base();
    expect(failureCode(await verify({ ...request, body: '{"MaxResults":50}' }))).toBe('SignatureDoesNotMatch');
    const headers = { ...request.headers } as Record<string, string>;
    delete headers['x-amz-content-sha256'];
    expect(failureCode(await verify({ ...request, headers, body: '{"MaxResults":50}' }))).toBe('SignatureDoesNotMatch');
  });

  it('a tampered path', async () => {
    const request = await signed({ method: 'GET', path: '/cards/a' });
    expect(failureCode(await verify({ ...request, url: '/cards/b' }))).toBe('SignatureDoesNotMatch');
    expect(failureCode(await verify({ ...request, url: '/cards/a/' }))).toBe('SignatureDoesNotMatch');
  });

  it('a tampered query', async () => {
    const request = await base();
    for (const url of ['/?a=2', '/?a=1&b=2', '/', '/?a=1&a=1']) {
      expect(failureCode(await verify({ ...request, url })), url).toBe('SignatureDoesNotMatch');
    }
  });

  it('a tampered signed header, and a signed header that is missing', async () => {
    const changed = await withHeaders((headers) => (headers['x-amz-target'] = 'SageMaker.DeleteModelCard'));
    expect(failureCode(await verify(changed))).toBe('SignatureDoesNotMatch');
    const missing = await withHeaders((headers) => delete headers['content-type']);
    expect(await verify(missing)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', message: expect.stringContaining("'content-type'") });
  });

  it('ignores headers that were not signed', async () => {
    const request = await withHeaders((headers) => {
      headers['user-agent'] = 'changed by a proxy';
      headers['x-forwarded-for'] = '10.0.0.1';
    });
    expect(failureCode(await verify(request))).toBe('ok');
  });

  it('a signature that does not cover host, or a header the caller requires', async () => {
    const noHost = await signed({ headers: JSON_HEADERS, body: '{}', unsignableHeaders: ['host'] });
    expect(await verify(noHost)).toMatchObject({ ok: false, code: 'InvalidSignatureException', message: expect.stringContaining("'host'") });
    const noTarget = await signed({ headers: JSON_HEADERS, body: '{}', unsignableHeaders: ['x-amz-target'] });
    expect(failureCode(await verify(noTarget))).toBe('ok');
    expect(failureCode(await verify(noTarget, { requiredSignedHeaders: ['x-amz-target'] }))).toBe('InvalidSignatureException');
  });

  it('a request signed 16 minutes ago, saying how far off the clock is', async () => {
    const result = await verify(await base(), { now: new Date(SIGNED_AT.getTime() + 16 * 60_000) });
    expect(result).toEqual({
      ok: false,
      code: 'RequestExpired',
      message:
        "Signature expired: 20260101T120000Z is now earlier than 20260101T120100Z (20260101T121600Z - 15 min.) The request time is 16 min 0 s behind the server's clock; check the client's clock.",
    });
  });

  it('a request dated 16 minutes in the future', async () => {
    const result = await verify(await base(), { now: new Date(SIGNED_AT.getTime() - 16 * 60_000 - 30_000) });
    expect(result).toMatchObject({ ok: false, code: 'RequestExpired', message: expect.stringContaining('Signature not yet current') });
    expect(result.ok || result.message).toContain('16 min 30 s ahead of');
  });

  it('honours a narrower skew window', async () => {
    const result = await verify(await base(), { now: new Date(SIGNED_AT.getTime() + 6 * 60_000), maxSkewMs: 5 * 60_000 });
    expect(failureCode(result)).toBe('RequestExpired');
  });

  it('an unknown access key id, after asking the key store', async () => {
    const lookup = vi.fn(async () => null);
    const result = await verify(await base(), { lookupSecret: lookup });
    expect(result).toMatchObject({ ok: false, code: 'InvalidClientTokenId', message: expect.stringContaining(ACCESS_KEY_ID) });
    expect(lookup).toHaveBeenCalledWith(ACCESS_KEY_ID);
  });

  it('a request with no Authorization header, pointing out pre-signed URLs are not supported', async () => {
    const request = await withHeaders((headers) => delete headers.authorization);
    expect(failureCode(await verify(request))).toBe('MissingAuthenticationToken');
    const presigned = await verify({ ...request, url: '/?X-Amz-Credential=x&X-Amz-Signature=y' });
    expect(presigned).toMatchObject({ code: 'MissingAuthenticationToken', message: expect.stringContaining('Pre-signed') });
  });

  it.each([
    ['another algorithm', (auth: string) => auth.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256')],
    ['Signature Version 2', () => `AWS ${ACCESS_KEY_ID}:c2lnbmF0dXJl`],
    ['a bare algorithm', () => 'AWS4-HMAC-SHA256'],
    ['no Signature', (auth: string) => auth.replace(/, Signature=[0-9a-f]+/, '')],
    ['no Credential', (auth: string) => auth.replace(/Credential=[^,]+, /, '')],
    ['an empty SignedHeaders', (auth: string) => auth.replace(/SignedHeaders=[^,]+/, 'SignedHeaders=')],
    ['a short credential scope', (auth: string) => auth.replace('/us-east-1/', '/')],
    ['a repeated component', (auth: string) => `${auth}, Signature=${'0'.repeat(64)}`],
    ['a component without =', (auth: string) => `${auth}, garbage`],
    ['upper-case signed header names', (auth: string) => auth.replace('content-type;host', 'Content-Type;Host')],
    ['a signature that is not hex', (auth: string) => auth.replace(/Signature=[0-9a-f]+/, 'Signature=xyz')],
  ])('a malformed Authorization header: %s', async (_label, change) => {
    const request = await withHeaders((headers) => (headers.authorization = change(headers.authorization)));
    expect(failureCode(await verify(request))).toBe('IncompleteSignature');
  });

  it('a credential scoped to another day than X-Amz-Date', async () => {
    const request = await withHeaders((headers) => (headers.authorization = headers.authorization.replace('/20260101/', '/20251231/')));
    expect(await verify(request)).toMatchObject({ ok: false, code: 'InvalidSignatureException', message: expect.stringContaining("'20251231' != '20260101'") });
  });

  it('a credential scope without the aws4_request terminator', async () => {
    const request = await withHeaders((headers) => (headers.authorization = headers.authorization.replace('/aws4_request', '/aws4_reqest')));
    expect(failureCode(await verify(request))).toBe('InvalidSignatureException');
  });

  it('a credential scoped to another service than the one expected', async () => {
    const request = await signed({ service: 's3', headers: JSON_HEADERS, body: '{}' });
    expect(failureCode(await verify(request))).toBe('ok');
    expect(await verify(request, { service: 'sagemaker' })).toMatchObject({
      code: 'InvalidSignatureException',
      message: expect.stringContaining("'sagemaker'"),
    });
  });

  it.each([
    ['a malformed X-Amz-Date', { 'x-amz-date': '2026-01-01T12:00:00Z' }],
    ['an impossible X-Amz-Date', { 'x-amz-date': '20260230T120000Z' }],
    ['no date at all', { 'x-amz-date': undefined }],
  ])('%s', async (_label, change) => {
    const request = await withHeaders((headers) => Object.assign(headers, change));
    expect(failureCode(await verify(request))).toBe('IncompleteSignature');
  });

  it('UNSIGNED-PAYLOAD and streaming payloads', async () => {
    for (const hash of ['UNSIGNED-PAYLOAD', 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD']) {
      const request = await signed({ headers: { ...JSON_HEADERS, 'x-amz-content-sha256': hash }, body: '{}' });
      expect(await verify(request)).toMatchObject({ ok: false, code: 'InvalidSignatureException', message: expect.stringContaining(hash) });
    }
  });

  it('temporary credentials: a session token this server never issued', async () => {
    const request = await signed({ headers: { ...JSON_HEADERS, 'x-amz-security-token': 'FwoGZXIvYXdzE' }, body: '{}' });
    expect(await verify(request)).toMatchObject({ ok: false, code: 'InvalidClientTokenId', message: expect.stringContaining('AWS_SESSION_TOKEN') });
  });
});

describe('verifySigV4 with real clients over HTTP', () => {
  let server: TCaptureServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const verifyCaptured = (request: TCapturedRequest, secret = SECRET) =>
    verifySigV4({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body,
      now: new Date(),
      lookupSecret: async (accessKeyId) => (accessKeyId === ACCESS_KEY_ID ? { secret } : null),
      service: 'sagemaker',
      requiredSignedHeaders: REQUIRED_SIGNED_HEADERS,
    });

  it('verifies what @aws-sdk/client-sagemaker sends, and refuses it under another secret', async () => {
    server = await startCaptureServer(() => ({ status: 200, body: { ModelCardSummaries: [] } }));
    const client = new SageMakerClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET },
    });
    await client.send(new ListModelCardsCommand({ NameContains: 'churn', CreationTimeAfter: new Date('2026-01-02T03:04:05.678Z') }));
    await client.send(new DescribeModelCardCommand({ ModelCardName: 'churn-ünïcode-is-not-a-name-but-still-signed' })).catch(() => undefined);

    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(request.url).toBe('/');
      expect(request.headers).toHaveProperty('amz-sdk-invocation-id');
      expect(request.headers).toHaveProperty('x-amz-user-agent');
      expect(await verifyCaptured(request)).toMatchObject({ ok: true, accessKeyId: ACCESS_KEY_ID, region: 'us-east-1', service: 'sagemaker' });
      expect(failureCode(await verifyCaptured(request, 'wrong'))).toBe('SignatureDoesNotMatch');
    }
  });

  it('verifies curl --aws-sigv4: a GET with a raw query string and a POST with a JSON body', async () => {
    server = await startCaptureServer();
    const curl = (...args: string[]) => run('curl', ['-sS', '--aws-sigv4', 'aws:amz:us-east-1:sagemaker', '--user', `${ACCESS_KEY_ID}:${SECRET}`, ...args]);
    await curl(`${server.endpoint}/a%20b/c?z=1&a=2&a=1&sp=x%20y&plus=a+b`);
    await curl(
      '-H',
      'Content-Type: application/x-amz-json-1.1',
      '-H',
      'X-Amz-Target: SageMaker.ListModelCards',
      '--data',
      '{"MaxResults":5,"NameContains":"ünï"}',
      `${server.endpoint}/`,
    );
    const [get, post] = server.requests;
    expect(get.headers.authorization).toContain('/us-east-1/sagemaker/aws4_request');
    expect(await verifySigV4({ ...get, now: new Date(), lookupSecret, service: 'sagemaker' })).toMatchObject({ ok: true });
    expect(post.body.toString()).toBe('{"MaxResults":5,"NameContains":"ünï"}');
    expect(await verifyCaptured(post)).toMatchObject({ ok: true, signedHeaders: ['content-type', 'host', 'x-amz-date', 'x-amz-target'] });
    expect(failureCode(await verifyCaptured(post, 'wrong'))).toBe('SignatureDoesNotMatch');
    expect(failureCode(await verifyCaptured({ ...post, body: Buffer.from('{"MaxResults":6}') }))).toBe('SignatureDoesNotMatch');
  });

  // Skipped only where Python's boto3 is not installed (this machine image ships it; a developer's may not).
  it.skipIf(!hasPython('boto3'))('verifies what boto3 sends', async () => {
    server = await startCaptureServer(() => ({ status: 200, body: { ModelCardSummaries: [] } }));
    await run('python3', ['-c', BOTO3_LIST_MODEL_CARDS, server.endpoint, ACCESS_KEY_ID, SECRET], { env: isolatedAwsEnv() });
    const [request] = server.requests;
    expect(request.headers['x-amz-target']).toBe('SageMaker.ListModelCards');
    expect(await verifyCaptured(request)).toMatchObject({ ok: true });
    expect(failureCode(await verifyCaptured(request, 'wrong'))).toBe('SignatureDoesNotMatch');
  });
});

const BOTO3_LIST_MODEL_CARDS = `
import sys, datetime, boto3
endpoint, key, secret = sys.argv[1:4]
client = boto3.client('sagemaker', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id=key, aws_secret_access_key=secret)
client.list_model_cards(NameContains='churn', CreationTimeAfter=datetime.datetime(2026, 1, 2, tzinfo=datetime.timezone.utc))
`;
