// Every documented filter form of the REST list endpoints, signed by curl --aws-sigv4 and by botocore (with the query raw in the URL and as params), verifies:
// the verifier canonicalises the query as AWS does and as these clients sign it (issue 19: 9 of 17 forms with raw reserved characters were refused).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalQueries, verifySigV4 } from './verify-sigv4';
import { rawUrlHeader } from './raw-url-header';
import { hasCommand, hasPython, isolatedAwsEnv } from '@/lib/sagemaker/test-support/aws-tools';
import { startCaptureServer, type TCaptureServer } from '@/lib/sagemaker/test-support/capture-server';

const run = promisify(execFile);
const ACCESS_KEY_ID = 'AKIACARDINALTEST01';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const lookupSecret = async (accessKeyId: string) => (accessKeyId === ACCESS_KEY_ID ? { secret: SECRET } : null);

/** The README's filters (API section, Registry, Events, dashboard CSV), written as a person types them into curl: reserved characters raw where curl sends them raw. */
export const FILTER_FORMS = [
  '/api/v1/model-cards?status=Draft,Approved',
  '/api/v1/model-cards?status=Draft&status=Approved&risk=High',
  '/api/v1/model-cards?risk=High,Low&sort=name&order=asc&limit=10',
  '/api/v1/model-cards?name=churn%20model&owner=me',
  '/api/v1/model-cards?name=%C3%BCn%C3%AF',
  '/api/v1/model-cards?createdFrom=2026-01-01&createdTo=2026-12-31',
  '/api/v1/model-cards?createdFrom=2026-01-01T00:00:00Z&modifiedTo=2026-12-31T23:59:59.999Z',
  '/api/v1/model-cards?modifiedFrom=2026-01-01T00:00:00%2B02:00&modifiedTo=2026-06-01T00:00:00-05:00',
  '/api/v1/model-cards?cursor=WyJjYXJkczp1cGRhdGVkQXQ6ZGVzYyIsIjIwMjYtMDEtMDFUMDA6MDA6MDAuMDAwWiJd&limit=25',
  '/api/v1/model-cards?name=a*b(c)!%27~x',
  '/api/v1/training-jobs?status=Completed&nameContains=churn&sortBy=createdAt&sortOrder=desc',
  '/api/v1/training-jobs?createdAfter=2026-01-01T00:00:00Z&createdBefore=2026-12-31T00:00:00.000Z&limit=50',
  '/api/v1/events?type=model_card.approved&type=model_card.created&limit=100',
  '/api/v1/events?type=model_card.approved,export_job.completed&after=WyJldmVudHMiLCIxMiJd',
  '/api/v1/dashboard.csv?risk=High&status=Approved&approval=Approved&flag=review-overdue&kind=package&sort=risk&order=desc&page=1&asOf=2026-12-31',
  '/api/v1/dashboard.csv?q=churn~v2%2Fprod&status=none',
  '/api/v1/registry/prefill?modelPackageArn=arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/1',
  '/api/v1/registry/prefill?modelName=churn-model',
  '/api/v1/evaluation-reports/parse?format=clarify-bias',
] as const;

/** Signs each URL with botocore's SigV4Auth, once with the query raw in the URL and once as a params dict, and prints what goes on the wire. */
const BOTOCORE_SIGN = `
import sys, json
from urllib.parse import urlsplit, parse_qsl
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
credentials = Credentials(sys.argv[1], sys.argv[2])
out = []
for url in json.load(sys.stdin):
    for as_params in (False, True):
        parts = urlsplit(url)
        if as_params:
            request = AWSRequest(method='GET', url=url.split('?')[0], params=parse_qsl(parts.query, keep_blank_values=True))
        else:
            request = AWSRequest(method='GET', url=url)
        SigV4Auth(credentials, 'sagemaker', 'us-east-1').add_auth(request)
        prepared = request.prepare()
        headers = {name.lower(): value for name, value in prepared.headers.items()}
        # botocore signs the URL's host; the HTTP client sends it as the Host header.
        headers['host'] = urlsplit(prepared.url).netloc
        out.append({'url': prepared.url, 'headers': headers})
json.dump(out, sys.stdout)
`;

const BASE = 'http://cardinal.example.com';

/** From AWS's SigV4 test suite (aws-sig-v4-test-suite: get-vanilla, get-vanilla-query-order-key-case, get-vanilla-empty-query-key, get-vanilla-utf8-query); botocore computes the same signatures. */
const AWS_VECTORS = [
  ['/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
  ['/?Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
  ['/?Param1=value1', 'a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb'],
  ['/?%E1%88%B4=bar', '2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04'],
] as const;

describe("AWS's test-suite vectors", () => {
  it.each(AWS_VECTORS)('GET %s', async (url, signature) => {
    const headers = {
      host: 'example.amazonaws.com',
      'x-amz-date': '20150830T123600Z',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    };
    const verify = (secret: string, at: string = url) =>
      verifySigV4({ method: 'GET', url: at, headers, body: '', now: new Date('2015-08-30T12:36:00Z'), lookupSecret: async () => ({ secret }) });
    expect(await verify('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')).toMatchObject({ ok: true, accessKeyId: 'AKIDEXAMPLE', service: 'service' });
    expect((await verify('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ')).ok).toBe(false);
    expect((await verify('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', `${url}${url.includes('?') ? '&' : '?'}Param3=x`)).ok).toBe(false);
  });

  it('canonicalises a query as AWS does first: decoded, RFC 3986-encoded (space %20, ~ kept), sorted by name then value', () => {
    expect(canonicalQueries('b=2&a=z&a=y%20x&c=~-._*&d=%2a%7E&e')[0]).toBe('a=y%20x&a=z&b=2&c=~-._%2A&d=%2A~&e=');
    expect(canonicalQueries('status=Draft,Approved&createdFrom=2026-01-01T00:00:00Z')[0]).toBe('createdFrom=2026-01-01T00%3A00%3A00Z&status=Draft%2CApproved');
    expect(canonicalQueries('name=a+b')).toEqual(['name=a%2Bb', 'name=a%20b', 'name=a+b']);
  });
});

describe('signed filter forms verify', () => {
  let server: TCaptureServer;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!hasCommand('curl'))('curl --aws-sigv4, every form', async () => {
    const results: Record<string, string> = {};
    for (const form of FILTER_FORMS) {
      const before = server.requests.length;
      await run('curl', ['-sS', '--aws-sigv4', 'aws:amz:us-east-1:sagemaker', '--user', `${ACCESS_KEY_ID}:${SECRET}`, `${server.endpoint}${form}`]);
      const request = server.requests[before];
      expect(request.url).toBe(form);
      const result = await verifySigV4({ ...request, now: new Date(), lookupSecret, service: 'sagemaker' });
      results[form] = result.ok ? 'ok' : result.code;
    }
    expect(results).toEqual(Object.fromEntries(FILTER_FORMS.map((form) => [form, 'ok'])));
  });

  it.skipIf(!hasCommand('curl'))('checks the request line as received when the server passes it on, not the URL Next rebuilt', async () => {
    const form = '/api/v1/model-cards?status=Draft,Approved&createdFrom=2026-01-01T00:00:00Z';
    const before = server.requests.length;
    await run('curl', ['-sS', '--aws-sigv4', 'aws:amz:us-east-1:sagemaker', '--user', `${ACCESS_KEY_ID}:${SECRET}`, `${server.endpoint}${form}`]);
    const { headers } = server.requests[before];
    // What Next's request.url holds for it: the query parsed and written again.
    const rebuilt = `${BASE}/api/v1/model-cards?status=Draft%2CApproved&createdFrom=2026-01-01T00%3A00%3A00Z`;
    const check = (extra: Record<string, string>) =>
      verifySigV4({ method: 'GET', url: rebuilt, headers: { ...headers, ...extra }, body: '', now: new Date(), lookupSecret });
    expect((await check({})).ok).toBe(false);
    expect(await check({ [rawUrlHeader()]: form })).toMatchObject({ ok: true });
    expect((await check({ [rawUrlHeader()]: `${form}&limit=1` })).ok).toBe(false);
  });

  it.skipIf(!hasPython('botocore'))('botocore SigV4Auth, every form, raw in the URL and as params', async () => {
    const child = run('python3', ['-c', BOTOCORE_SIGN, ACCESS_KEY_ID, SECRET], { env: isolatedAwsEnv() });
    child.child.stdin!.end(JSON.stringify(FILTER_FORMS.map((form) => `${BASE}${form}`)));
    const signed = JSON.parse((await child).stdout) as { url: string; headers: Record<string, string> }[];
    expect(signed).toHaveLength(FILTER_FORMS.length * 2);
    const results: Record<string, string> = {};
    for (const { url, headers } of signed) {
      const result = await verifySigV4({ method: 'GET', url, headers, body: '', now: new Date(), lookupSecret, service: 'sagemaker' });
      results[url.slice(BASE.length)] = result.ok ? 'ok' : result.code;
      // The same signature over another query proves nothing.
      const tampered = await verifySigV4({ method: 'GET', url: `${url}&limit=1`, headers, body: '', now: new Date(), lookupSecret, service: 'sagemaker' });
      expect(tampered.ok).toBe(false);
    }
    expect(results).toEqual(Object.fromEntries(signed.map(({ url }) => [url.slice(BASE.length), 'ok'])));
  });
});
