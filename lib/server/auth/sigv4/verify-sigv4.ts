// A request is authentic only if its AWS Signature Version 4, recomputed here from the bytes received and the key's secret, matches, and it was signed within 15 minutes of now.
import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { rawUrlHeader } from './raw-url-header';

export type TSigV4FailureCode =
  'MissingAuthenticationToken' | 'IncompleteSignature' | 'InvalidClientTokenId' | 'SignatureDoesNotMatch' | 'RequestExpired' | 'InvalidSignatureException';

export type TSigV4Result =
  { ok: true; accessKeyId: string; region: string; service: string; signedHeaders: string[] } | { ok: false; code: TSigV4FailureCode; message: string };

export type TVerifySigV4Options = {
  method: string;
  /** Full URL or path+query exactly as received: percent-encoding is part of what was signed. */
  url: string;
  /** Lower-cased header names. Node's string[] values (repeated headers) are joined with ','. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  body: Uint8Array | string;
  now: Date;
  lookupSecret: (accessKeyId: string) => Promise<{ secret: string } | null>;
  maxSkewMs?: number;
  /** When set, a credential scoped to another service is refused: its signature proves nothing about this API. */
  service?: string;
  /** Headers that must be covered by the signature besides host, e.g. x-amz-target, which picks the operation. */
  requiredSignedHeaders?: readonly string[];
};

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SCOPE_TERMINATOR = 'aws4_request';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const SIGNATURE_HEX = /^[0-9a-f]{64}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const utf8 = new TextEncoder();

const fail = (code: TSigV4FailureCode, message: string): TSigV4Result => ({ ok: false, code, message });

export async function verifySigV4(options: TVerifySigV4Options): Promise<TSigV4Result> {
  const { method, url, body, now, lookupSecret, maxSkewMs = 15 * 60_000 } = options;
  const header = (name: string) => headerValue(options.headers, name);
  // The request line as the client sent it, where the server passed it on (see raw-url-header); else the URL as given.
  const { path, query } = splitUrl(header(rawUrlHeader()) ?? url);

  const authorization = header('authorization');
  if (authorization === undefined) {
    // Pre-signed URLs put the signature in the query; the SageMaker JSON API is only ever signed in the header.
    const presigned = /(?:^|&)x-amz-(?:signature|credential)=/i.test(query);
    return fail(
      'MissingAuthenticationToken',
      presigned
        ? 'Pre-signed (query-string) authentication is not supported here; sign the request with an Authorization header.'
        : 'Request is missing Authentication Token: sign it with AWS Signature Version 4 (AWS CLI, boto3, an AWS SDK or curl --aws-sigv4).',
    );
  }

  const parsed = parseAuthorization(authorization);
  if (!parsed.ok) return parsed.failure;
  const { accessKeyId, scopeDate, region, service, signedHeaders, signature } = parsed;

  if (options.service !== undefined && service !== options.service) {
    return fail('InvalidSignatureException', `Credential should be scoped to correct service: '${options.service}', not '${service}'.`);
  }
  for (const required of ['host', ...(options.requiredSignedHeaders ?? [])]) {
    if (!signedHeaders.includes(required)) {
      return fail('InvalidSignatureException', `'${required}' must be a 'SignedHeader' in the AWS Authorization.`);
    }
  }

  const signedAt = readSigningTime(header('x-amz-date'), header('date'));
  if (!signedAt.ok) return signedAt.failure;
  const { longDate, time } = signedAt;
  if (scopeDate !== longDate.slice(0, 8)) {
    return fail(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${longDate.slice(0, 8)}', from '${longDate}'.`,
    );
  }
  const expired = checkSkew(time, longDate, now, maxSkewMs);
  if (expired) return expired;

  const bodyBytes = typeof body === 'string' ? utf8.encode(body) : body;
  const payloadHash = bodyBytes.length === 0 ? EMPTY_SHA256 : createHash('sha256').update(bodyBytes).digest('hex');
  const declaredHash = header('x-amz-content-sha256');
  if (declaredHash !== undefined) {
    if (declaredHash === 'UNSIGNED-PAYLOAD' || declaredHash.startsWith('STREAMING-')) {
      return fail(
        'InvalidSignatureException',
        `x-amz-content-sha256 '${declaredHash}' is not accepted: this API signs every payload, so send the SHA-256 of the body (or leave the header out).`,
      );
    }
    if (declaredHash !== payloadHash) {
      return fail('SignatureDoesNotMatch', 'The x-amz-content-sha256 header does not match the SHA-256 of the request body.');
    }
  }

  if (header('x-amz-security-token') !== undefined) {
    // Cardinal issues long-term keys only; a session token means the client picked up temporary AWS credentials.
    return fail(
      'InvalidClientTokenId',
      'The security token included in the request is invalid: this server issues long-term access keys only, so unset AWS_SESSION_TOKEN.',
    );
  }

  const canonicalHeaders: string[] = [];
  for (const name of signedHeaders) {
    const value = header(name);
    if (value === undefined) return fail('SignatureDoesNotMatch', `Signed header '${name}' is not in the request.`);
    canonicalHeaders.push(`${name}:${canonicalHeaderValue(value)}\n`);
  }

  const key = await lookupSecret(accessKeyId);
  if (!key) {
    return fail('InvalidClientTokenId', `The security token included in the request is invalid: access key '${accessKeyId}' is unknown or no longer active.`);
  }

  const scope = `${scopeDate}/${region}/${service}/${SCOPE_TERMINATOR}`;
  const signingKey = [scopeDate, region, service, SCOPE_TERMINATOR].reduce<Buffer>(
    (parent, part) => hmac(parent, part),
    Buffer.from(`AWS4${key.secret}`, 'utf8'),
  );
  const expected = Buffer.from(signature, 'hex');
  let matches = false;
  // AWS's canonical form first, then what other signers make of the same request (see canonicalQueries). Each form covers
  // the whole path and query, so accepting any of them lets nothing unsigned through.
  for (const canonicalUri of unique([standardPath(path), literalPath(path)])) {
    for (const canonicalQuery of canonicalQueries(query)) {
      const canonicalRequest = [method, canonicalUri, canonicalQuery, canonicalHeaders.join(''), signedHeaders.join(';'), payloadHash].join('\n');
      const stringToSign = [ALGORITHM, longDate, scope, createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')].join('\n');
      // Every candidate is compared, in constant time, so timing says nothing about which form or how many bytes matched.
      if (timingSafeEqual(hmac(signingKey, stringToSign), expected)) matches = true;
    }
  }
  if (!matches) {
    return fail(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
  return { ok: true, accessKeyId, region, service, signedHeaders };
}

type TParsedAuthorization =
  | { ok: true; accessKeyId: string; scopeDate: string; region: string; service: string; signedHeaders: string[]; signature: string }
  | { ok: false; failure: TSigV4Result };

function parseAuthorization(authorization: string): TParsedAuthorization {
  const incomplete = (message: string): TParsedAuthorization => ({ ok: false, failure: fail('IncompleteSignature', message) });
  const match = /^(\S+)\s+(.*)$/s.exec(authorization.trim());
  if (!match) return incomplete(`Authorization header is not an AWS Signature Version 4 header: '${authorization}'.`);
  const [, algorithm, rest] = match;
  if (algorithm !== ALGORITHM) {
    return incomplete(`Unsupported AWS 'algorithm': '${algorithm}'. Sign requests with AWS Signature Version 4 (${ALGORITHM}).`);
  }

  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const item = part.trim();
    const equals = item.indexOf('=');
    if (equals <= 0) return incomplete(`Authorization header has a malformed component: '${item}'.`);
    const name = item.slice(0, equals);
    if (fields.has(name)) return incomplete(`Authorization header repeats '${name}'.`);
    fields.set(name, item.slice(equals + 1));
  }
  for (const name of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.get(name)) return incomplete(`Authorization header requires '${name}' parameter.`);
  }

  const credential = fields.get('Credential')!.split('/');
  if (credential.length !== 5 || credential.some((part) => part.length === 0)) {
    return incomplete(`Credential must have the form AccessKeyId/YYYYMMDD/region/service/${SCOPE_TERMINATOR}, got '${fields.get('Credential')}'.`);
  }
  const [accessKeyId, scopeDate, region, service, terminator] = credential;
  if (terminator !== SCOPE_TERMINATOR) {
    return {
      ok: false,
      failure: fail('InvalidSignatureException', `Credential should be scoped with a valid terminator: '${SCOPE_TERMINATOR}', not '${terminator}'.`),
    };
  }

  const signedHeaders = fields.get('SignedHeaders')!.split(';');
  if (signedHeaders.some((name) => !HEADER_NAME.test(name))) {
    return incomplete(`SignedHeaders must be lower-case header names separated by ';', got '${fields.get('SignedHeaders')}'.`);
  }
  if (new Set(signedHeaders).size !== signedHeaders.length) return incomplete('SignedHeaders lists a header twice.');
  const signature = fields.get('Signature')!;
  if (!SIGNATURE_HEX.test(signature)) return incomplete('Signature must be 64 lower-case hexadecimal digits.');

  // The canonical request lists headers sorted; a client that sent them unsorted signed the sorted list all the same.
  return { ok: true, accessKeyId, scopeDate, region, service, signedHeaders: [...signedHeaders].sort(), signature };
}

type TSigningTime = { ok: true; longDate: string; time: number } | { ok: false; failure: TSigV4Result };

function readSigningTime(amzDate: string | undefined, httpDate: string | undefined): TSigningTime {
  const incomplete = (message: string): TSigningTime => ({ ok: false, failure: fail('IncompleteSignature', message) });
  if (amzDate !== undefined) {
    const time = parseIsoBasic(amzDate);
    return time === null
      ? incomplete(`X-Amz-Date must be in ISO-8601 'basic format' (YYYYMMDD'T'HHMMSS'Z'). Got '${amzDate}'.`)
      : { ok: true, longDate: amzDate, time };
  }
  if (httpDate !== undefined) {
    // The Date header may carry either format; the string to sign always uses the basic ISO form of that instant.
    const time = parseIsoBasic(httpDate) ?? (HTTP_DATE.test(httpDate) ? Date.parse(httpDate) : null);
    if (time === null || Number.isNaN(time)) return incomplete(`Date header must be an HTTP date or ISO-8601 basic format. Got '${httpDate}'.`);
    return { ok: true, longDate: isoBasic(time), time };
  }
  return incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
}

function parseIsoBasic(value: string): number | null {
  const match = ISO_BASIC.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 20260230 over into March; a date that does not round-trip is not a real date.
  return isoBasic(time) === value ? time : null;
}

function isoBasic(time: number): string {
  return new Date(time).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

function checkSkew(time: number, longDate: string, now: Date, maxSkewMs: number): TSigV4Result | null {
  const skew = now.getTime() - time;
  if (Math.abs(skew) <= maxSkewMs) return null;
  const window = `${Math.round(maxSkewMs / 60_000)} min.`;
  const advice = `The request time is ${formatDuration(Math.abs(skew))} ${skew > 0 ? 'behind' : 'ahead of'} the server's clock; check the client's clock.`;
  return skew > 0
    ? fail(
        'RequestExpired',
        `Signature expired: ${longDate} is now earlier than ${isoBasic(now.getTime() - maxSkewMs)} (${isoBasic(now.getTime())} - ${window}) ${advice}`,
      )
    : fail(
        'RequestExpired',
        `Signature not yet current: ${longDate} is still later than ${isoBasic(now.getTime() + maxSkewMs)} (${isoBasic(now.getTime())} + ${window}) ${advice}`,
      );
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}

function headerValue(headers: TVerifySigV4Options['headers'], name: string): string | undefined {
  const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
  return typeof value === 'string' || value === undefined ? value : value.join(',');
}

/** As @smithy/signature-v4 does: line breaks become spaces, runs of spaces and tabs one space, then one space trimmed at each end. */
function canonicalHeaderValue(value: string): string {
  return value
    .replace(/[\r\n]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
}

function splitUrl(url: string): { path: string; query: string } {
  // Taken apart by hand, not with URL, which would re-encode and resolve the path that the client signed.
  const withoutFragment = url.split('#')[0];
  const afterAuthority = /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i.exec(withoutFragment);
  const rest = afterAuthority ? withoutFragment.slice(afterAuthority[0].length) : withoutFragment;
  const questionMark = rest.indexOf('?');
  return questionMark < 0 ? { path: rest, query: '' } : { path: rest.slice(0, questionMark), query: rest.slice(questionMark + 1) };
}

/** RFC 3986 unreserved characters stay; everything else is %XX in upper case (AWS's UriEncode). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * AWS's rule for every service but S3, as the AWS SDKs and botocore apply it: drop empty and '.' segments, resolve '..',
 * then URI-encode the path as received, so its %XX escapes are encoded a second time.
 */
function standardPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `${rawPath.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
  return safeUriEncode(normalized).replace(/%2F/g, '/') || '/';
}

/** S3-style signers, and curl before 8.x for every service, sign the path exactly as sent. */
function literalPath(rawPath: string): string {
  return rawPath || '/';
}

/**
 * The canonical query strings a genuine signer may have made of the query as received, AWS's first:
 * - AWS (every AWS SDK, smithy, curl 8): names and values percent-decoded, RFC 3986-encoded (only A-Z a-z 0-9 - . _ ~ stay,
 *   space is %20), sorted by name then value;
 * - the same with '+' read as a space, as HTML forms and Python's urlencode (botocore given params) write a space, and as
 *   URLSearchParams reads it here;
 * - the pairs exactly as sent, sorted (botocore and curl 7 given a URL with raw ',' ':' '/' in it sign the raw text);
 * - the query exactly as sent (S3-style signers).
 * Every form is a function of the whole query, and the server reads the same pairs from it, so none admits an unsigned change.
 */
export function canonicalQueries(rawQuery: string): string[] {
  const pairs = rawQuery
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const equals = part.indexOf('=');
      return equals < 0 ? ([part, ''] as const) : ([part.slice(0, equals), part.slice(equals + 1)] as const);
    })
    .filter(([key]) => key.toLowerCase() !== 'x-amz-signature');
  const encoded = (plusIsSpace: boolean) =>
    pairs.map(([key, value]) => [safeUriEncode(safeUriDecode(key, plusIsSpace)), safeUriEncode(safeUriDecode(value, plusIsSpace))] as const);
  return unique([joinSorted(encoded(false)), joinSorted(encoded(true)), joinSorted(pairs), rawQuery]);
}

/** Sorted by name then value, by UTF-16 code unit (for the encoded forms, byte order); a valueless name signs as 'name='. */
function joinSorted(pairs: readonly (readonly [string, string])[]): string {
  return [...pairs]
    .sort(([keyA, valueA], [keyB, valueB]) => compareCodeUnits(keyA, keyB) || compareCodeUnits(valueA, valueB))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A malformed %-escape cannot come from a conforming signer; keep it literal so the request still gets a plain mismatch. */
function safeUriDecode(value: string, plusIsSpace = false): string {
  try {
    return decodeURIComponent(plusIsSpace ? value.replace(/\+/g, ' ') : value);
  } catch {
    return value;
  }
}

function safeUriEncode(value: string): string {
  try {
    return uriEncode(value);
  } catch {
    // Only a lone UTF-16 surrogate fails to encode; no signer produces one, so the request just fails to verify.
    return value;
  }
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
