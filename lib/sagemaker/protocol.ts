// Cardinal answers in AWS JSON 1.1 as SageMaker does: the X-Amz-Target operation, __type errors, model-card ARNs, epoch-second timestamps and opaque NextTokens, so AWS CLI, boto3 and the AWS SDKs need only a new endpoint URL.
import type { TArnContext } from '@/lib/server/arn-context';
import 'server-only';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { TSigV4FailureCode } from '@/lib/server/auth/sigv4/verify-sigv4';
import { CARD_NAME_EXPRESSION, CARD_NAME_PATTERN } from '@/lib/schemas/card-name';
import { isStorableTime } from '@/lib/schemas/input-values';

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';
const TARGET_PREFIX = 'SageMaker.';

/**
 * X-Amz-Target picks the operation and the body is valid for several (DescribeModelCard and DeleteModelCard both take
 * just a name), so a signature that leaves it out could be replayed as another operation. AWS CLI, boto3, the JS SDK
 * and curl -H all sign it.
 */
export const REQUIRED_SIGNED_HEADERS = ['x-amz-target'] as const;

export type TParsedTarget<Operation extends string> = { ok: true; operation: Operation } | { ok: false; message: string };

/** `X-Amz-Target: SageMaker.<Operation>` names the operation; the match is exact, as AWS's is. */
export function parseTarget<Operation extends string>(header: string | null | undefined, operations: readonly Operation[]): TParsedTarget<Operation> {
  const target = header?.trim();
  if (!target) return { ok: false, message: `Missing X-Amz-Target header: set it to ${TARGET_PREFIX}<Operation>, e.g. ${TARGET_PREFIX}${operations[0]}.` };
  const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  const supported = operations.find((name) => name === operation);
  if (supported !== undefined) return { ok: true, operation: supported };
  return {
    ok: false,
    message: `Unknown operation '${target}'. This endpoint serves ${operations.map((name) => TARGET_PREFIX + name).join(', ')}.`,
  };
}

/** Error types the SageMaker model-card operations declare, plus the AWS JSON protocol's own request errors. */
export type TAwsErrorType =
  | 'ValidationException'
  | 'ResourceNotFound'
  | 'ConflictException'
  | 'ResourceLimitExceeded'
  | 'AccessDeniedException'
  | 'UnknownOperationException'
  | 'SerializationException';

/** Authentication errors as AWS JSON services (SageMaker, DynamoDB, …) name them; query-protocol services use other names. */
export type TAwsAuthErrorType =
  'MissingAuthenticationTokenException' | 'IncompleteSignatureException' | 'UnrecognizedClientException' | 'InvalidSignatureException';

export type TAwsErrorResponse = {
  status: 400 | 403 | 500;
  headers: { 'Content-Type': typeof AWS_JSON_CONTENT_TYPE; 'x-amzn-ErrorType': string };
  body: { __type: string; message: string };
};

/**
 * The error type goes in both the body's __type (read first by @aws-sdk/client-sagemaker and the only place
 * botocore looks) and x-amzn-ErrorType; clients read the text from `message`.
 */
export function awsError(type: TAwsErrorType, message: string): TAwsErrorResponse {
  return errorResponse(400, type, message);
}

const AUTH_ERRORS: Record<TSigV4FailureCode, { status: 400 | 403; type: TAwsAuthErrorType }> = {
  // AWS's common-errors table gives MissingAuthenticationToken 403; the other names and their 400 are what AWS JSON
  // services (SageMaker, DynamoDB, Secrets Manager) answer, where query-protocol services say SignatureDoesNotMatch, 403.
  MissingAuthenticationToken: { status: 403, type: 'MissingAuthenticationTokenException' },
  IncompleteSignature: { status: 400, type: 'IncompleteSignatureException' },
  InvalidClientTokenId: { status: 400, type: 'UnrecognizedClientException' },
  // JSON services report a bad signature and a stale one alike as InvalidSignatureException. The AWS JS SDK treats that
  // type as possible clock skew: it resets its clock offset from the response's Date header and retries.
  SignatureDoesNotMatch: { status: 400, type: 'InvalidSignatureException' },
  RequestExpired: { status: 400, type: 'InvalidSignatureException' },
  InvalidSignatureException: { status: 400, type: 'InvalidSignatureException' },
};

export function authError(failure: { code: TSigV4FailureCode; message: string }): TAwsErrorResponse {
  const { status, type } = AUTH_ERRORS[failure.code];
  return errorResponse(status, type, failure.message);
}

/** A 5xx makes AWS clients retry; the id ties what the user sees to the server log entry. */
export function internalFailure(errorId: string): TAwsErrorResponse {
  return errorResponse(
    500,
    'InternalFailure',
    `An internal error occurred (error id ${errorId}). Try again; if it persists, give this id to your administrator.`,
  );
}

function errorResponse(status: TAwsErrorResponse['status'], type: string, message: string): TAwsErrorResponse {
  return {
    status,
    headers: { 'Content-Type': AWS_JSON_CONTENT_TYPE, 'x-amzn-ErrorType': type },
    body: { __type: type, message },
  };
}

/*
 * ARNs keep the card name's case: the model's ARN pattern allows upper case and card names are unique case-sensitively.
 * The partition is always 'aws'; a self-hosted registry has no China or GovCloud partition.
 */
const PARTITION = 'aws';
const ARN_PREFIX = String.raw`^arn:(?<partition>aws[a-z-]*):sagemaker:(?<region>[a-z0-9-]*):(?<account>[0-9]{12}):model-card/`;
const MODEL_CARD_ARN = new RegExp(`${ARN_PREFIX}(?<name>${CARD_NAME_EXPRESSION})$`);
const EXPORT_JOB_ARN = new RegExp(`${ARN_PREFIX}(?<cardName>${CARD_NAME_EXPRESSION})/export-job/(?<jobName>${CARD_NAME_EXPRESSION})$`);
const REGION = /^[a-z0-9-]+$/;
const ACCOUNT = /^[0-9]{12}$/;

export type { TArnContext };
export type TModelCardArn = TArnContext & { partition: string; name: string };
export type TExportJobArn = TArnContext & { partition: string; cardName: string; jobName: string };

export function modelCardArn({ region, account, name }: TArnContext & { name: string }): string {
  assertArnParts(region, account, { name });
  return `arn:${PARTITION}:sagemaker:${region}:${account}:model-card/${name}`;
}

export function exportJobArn({ region, account, cardName, jobName }: TArnContext & { cardName: string; jobName: string }): string {
  assertArnParts(region, account, { cardName, jobName });
  return `arn:${PARTITION}:sagemaker:${region}:${account}:model-card/${cardName}/export-job/${jobName}`;
}

export function parseModelCardArn(arn: string): TModelCardArn | null {
  const groups = MODEL_CARD_ARN.exec(arn)?.groups;
  if (!groups) return null;
  const { partition, region, account, name } = groups;
  return { partition, region, account, name };
}

export function parseExportJobArn(arn: string): TExportJobArn | null {
  const groups = EXPORT_JOB_ARN.exec(arn)?.groups;
  if (!groups) return null;
  const { partition, region, account, cardName, jobName } = groups;
  return { partition, region, account, cardName, jobName };
}

/** For ModelCardNameOrArn members: a bare name, or the ARN of a card; the caller checks an ARN's region and account. */
export function parseModelCardNameOrArn(value: string): { name: string; arn?: TModelCardArn } | null {
  if (CARD_NAME_PATTERN.test(value)) return { name: value };
  const arn = parseModelCardArn(value);
  return arn ? { name: arn.name, arn } : null;
}

function assertArnParts(region: string, account: string, names: Record<string, string>) {
  // These come from configuration and stored names, never straight from a request: a bad one is a server bug.
  if (!REGION.test(region)) throw new Error(`Invalid region for an ARN: '${region}'`);
  if (!ACCOUNT.test(account)) throw new Error(`Invalid account for an ARN: '${account}' (12 digits expected)`);
  for (const [label, name] of Object.entries(names)) {
    if (!CARD_NAME_PATTERN.test(name)) throw new Error(`Invalid ${label} for an ARN: '${name}'`);
  }
}

/** AWS JSON timestamps are epoch seconds as a number, fraction included; the AWS SDKs keep the milliseconds. */
export function toEpochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2}))?$/;

/**
 * Epoch seconds (what the AWS SDKs and botocore send) or an ISO-8601 string (what a hand-written request may hold).
 * A date-time without a zone is refused rather than guessed; a bare date is midnight UTC. Only years 0001-9999, which the database stores.
 */
export function fromEpochSeconds(value: number | string): Date | null {
  if (typeof value === 'number') {
    const ms = Math.round(value * 1000);
    return isStorableTime(ms) ? new Date(ms) : null;
  }
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year as written.
  const check = new Date(0);
  check.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  check.setUTCHours(Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
  const local = check.getTime();
  // Date.UTC rolls February 30th into March and 24:00 into the next day; such a value is not a date.
  if (
    check.getUTCFullYear() !== Number(year) ||
    check.getUTCMonth() !== Number(month) - 1 ||
    check.getUTCDate() !== Number(day) ||
    check.getUTCHours() !== Number(hour) ||
    check.getUTCMinutes() !== Number(minute) ||
    check.getUTCSeconds() !== Number(second)
  ) {
    return null;
  }
  const offsetMinutes = /^[Zz]$/.test(zone) ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const ms = local - offsetMinutes * 60_000;
  return isStorableTime(ms) ? new Date(ms) : null;
}

export type TJsonValue = string | number | boolean | null | TJsonValue[] | { [key: string]: TJsonValue };

const NEXT_TOKEN_VERSION = 'v1';
export const MAX_NEXT_TOKEN_CHARS = 8192;

/**
 * NextToken = v1.<base64url JSON cursor>.<check>. The check catches a truncated or hand-edited token; it is not a MAC,
 * and needs none: a decoded cursor is only a position, read through a schema, with every filter and permission applied again.
 */
export function encodeNextToken(cursor: TJsonValue): string {
  const payload = Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
  const token = `${NEXT_TOKEN_VERSION}.${payload}.${nextTokenCheck(payload)}`;
  if (token.length > MAX_NEXT_TOKEN_CHARS) throw new Error(`NextToken cursor too large: ${token.length} characters, the API allows ${MAX_NEXT_TOKEN_CHARS}`);
  return token;
}

export function decodeNextToken<Cursor>(token: string, schema: z.ZodType<Cursor>): { ok: true; cursor: Cursor } | { ok: false; error: TAwsErrorResponse } {
  const invalid = {
    ok: false as const,
    error: awsError('ValidationException', 'Invalid NextToken: pass the NextToken from the previous response unchanged.'),
  };
  const [version, payload, check, ...rest] = token.split('.');
  if (version !== NEXT_TOKEN_VERSION || !payload || rest.length > 0 || check !== nextTokenCheck(payload)) return invalid;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, cursor: parsed.data } : invalid;
}

function nextTokenCheck(payload: string): string {
  return createHash('sha256').update(`cardinal-next-token.${NEXT_TOKEN_VERSION}.${payload}`).digest('base64url').slice(0, 16);
}
