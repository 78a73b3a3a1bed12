// One SageMaker JSON request in, one AWS JSON 1.1 answer out: the body parsed and validated against the operation's schema, the operation's handler run as the signed-in key's user, and service errors mapped onto AWS error types here and nowhere else.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import type { AppError, AppErrorCode } from '@/lib/server/errors';
import { formatPath, formatZodIssues, parseJsonText, plainMessage } from '@/lib/schemas/validation-error';
import { findNul, NUL_MESSAGE } from '@/lib/schemas/input-values';
import { AWS_JSON_CONTENT_TYPE, awsError, internalFailure } from './protocol';
import type { TArnContext, TAwsErrorType } from './protocol';
import { OPERATION_REQUEST_SCHEMAS } from './operations';
import type { TSageMakerOperation } from './operations';
import { readArnContext } from '@/lib/server/arn-context';
import type { THandlerContext } from './handlers/handler-context';
import { createModelCard } from './handlers/create-model-card';
import { describeModelCard } from './handlers/describe-model-card';
import { updateModelCard } from './handlers/update-model-card';
import { deleteModelCard } from './handlers/delete-model-card';
import { listModelCards } from './handlers/list-model-cards';
import { listModelCardVersions } from './handlers/list-model-card-versions';
import { addTags } from './handlers/add-tags';
import { listTags } from './handlers/list-tags';
import { deleteTags } from './handlers/delete-tags';
import { createModelCardExportJob } from './handlers/create-model-card-export-job';
import { describeModelCardExportJob } from './handlers/describe-model-card-export-job';
import { listModelCardExportJobs } from './handlers/list-model-card-export-jobs';
import { createModelPackageGroup } from './handlers/create-model-package-group';
import { describeModelPackageGroup } from './handlers/describe-model-package-group';
import { listModelPackageGroups } from './handlers/list-model-package-groups';
import { deleteModelPackageGroup } from './handlers/delete-model-package-group';
import { createModelPackage } from './handlers/create-model-package';
import { describeModelPackage } from './handlers/describe-model-package';
import { listModelPackages } from './handlers/list-model-packages';
import { updateModelPackage } from './handlers/update-model-package';
import { deleteModelPackage } from './handlers/delete-model-package';
import { createModel } from './handlers/create-model';
import { describeModel } from './handlers/describe-model';
import { listModels } from './handlers/list-models';
import { deleteModel } from './handlers/delete-model';
import { describeTrainingJob } from './handlers/describe-training-job';
import { listTrainingJobs } from './handlers/list-training-jobs';
import { search } from './handlers/search';

export type TSageMakerResponse = { status: number; headers: Record<string, string>; body: unknown };

type TRequestOf<Operation extends TSageMakerOperation> = z.output<(typeof OPERATION_REQUEST_SCHEMAS)[Operation]>;
type THandlers = { [Operation in TSageMakerOperation]: (context: THandlerContext, request: TRequestOf<Operation>) => Promise<object> };

const HANDLERS: THandlers = {
  CreateModelCard: createModelCard,
  DescribeModelCard: describeModelCard,
  UpdateModelCard: updateModelCard,
  DeleteModelCard: deleteModelCard,
  ListModelCards: listModelCards,
  ListModelCardVersions: listModelCardVersions,
  CreateModelCardExportJob: createModelCardExportJob,
  DescribeModelCardExportJob: describeModelCardExportJob,
  ListModelCardExportJobs: listModelCardExportJobs,
  AddTags: addTags,
  ListTags: listTags,
  DeleteTags: deleteTags,
  CreateModelPackageGroup: createModelPackageGroup,
  DescribeModelPackageGroup: describeModelPackageGroup,
  ListModelPackageGroups: listModelPackageGroups,
  DeleteModelPackageGroup: deleteModelPackageGroup,
  CreateModelPackage: createModelPackage,
  DescribeModelPackage: describeModelPackage,
  ListModelPackages: listModelPackages,
  UpdateModelPackage: updateModelPackage,
  DeleteModelPackage: deleteModelPackage,
  CreateModel: createModel,
  DescribeModel: describeModel,
  ListModels: listModels,
  DeleteModel: deleteModel,
  DescribeTrainingJob: describeTrainingJob,
  ListTrainingJobs: listTrainingJobs,
  Search: search,
};

/** AppError codes as the AWS errors SageMaker declares for these operations. */
const AWS_ERROR_TYPES: Record<AppErrorCode, TAwsErrorType> = {
  INVALID_INPUT: 'ValidationException',
  NOT_FOUND: 'ResourceNotFound',
  CONFLICT: 'ConflictException',
  ARCHIVED: 'ConflictException',
  NO_CHANGES: 'ConflictException',
  LIMIT_EXCEEDED: 'ResourceLimitExceeded',
  FORBIDDEN: 'AccessDeniedException',
  UNAUTHENTICATED: 'AccessDeniedException',
  // Only sign-in is throttled; no service these operations call raises it.
  TOO_MANY_ATTEMPTS: 'ResourceLimitExceeded',
};

function serviceError(error: AppError): TSageMakerResponse {
  // SageMaker's own words for a content change to an archived card (reference §2.1), which scripts written against AWS look for.
  return awsError(AWS_ERROR_TYPES[error.code], error.code === 'ARCHIVED' ? 'Model Card is in Archived state' : error.message);
}

function ok(body: object): TSageMakerResponse {
  return { status: 200, headers: { 'Content-Type': AWS_JSON_CONTENT_TYPE }, body };
}

/** The request members as the operation's schema reads them, or the AWS error a client gets for a body it should not have sent. */
function readRequest<Operation extends TSageMakerOperation>(
  operation: Operation,
  body: string,
): { ok: true; request: TRequestOf<Operation> } | { ok: false; response: TSageMakerResponse } {
  // AWS clients send {} for an operation called without members; some hand-written callers send nothing.
  const json = parseJsonText(body.trim() === '' ? '{}' : body);
  if (!json.ok) return { ok: false, response: awsError('SerializationException', `The request body is ${json.issues[0].message}.`) };
  if (typeof json.data !== 'object' || json.data === null || Array.isArray(json.data)) {
    return { ok: false, response: awsError('SerializationException', "The request body must be a JSON object of the operation's members.") };
  }
  // No member, however free its text, reaches the database with a character it cannot store.
  const nul = findNul(json.data);
  if (nul) return { ok: false, response: awsError('ValidationException', `1 validation error detected: ${formatPath(nul)}: ${NUL_MESSAGE}`) };
  const parsed = OPERATION_REQUEST_SCHEMAS[operation].safeParse(json.data, { error: plainMessage });
  if (parsed.success) return { ok: true, request: parsed.data as TRequestOf<Operation> };
  const issues = formatZodIssues(parsed.error);
  const detected = `${issues.length} validation error${issues.length === 1 ? '' : 's'} detected: `;
  return { ok: false, response: awsError('ValidationException', detected + issues.map(({ path, message }) => `${path}: ${message}`).join('; ')) };
}

export async function handleSageMakerRequest({
  actor,
  operation,
  body,
  arnContext,
}: {
  actor: Actor;
  operation: TSageMakerOperation;
  /** The request body as received: a JSON object of the operation's members. */
  body: string;
  /** This server's region and account for ARNs; read from CARDINAL_AWS_REGION / CARDINAL_AWS_ACCOUNT_ID when omitted. */
  arnContext?: TArnContext;
}): Promise<TSageMakerResponse> {
  try {
    const read = readRequest(operation, body);
    if (!read.ok) return read.response;
    const handler = HANDLERS[operation] as (context: THandlerContext, request: unknown) => Promise<object>;
    return ok(await handler({ actor, arn: arnContext ?? readArnContext() }, read.request));
  } catch (error) {
    if (isAppError(error)) return serviceError(error);
    const errorId = randomUUID().slice(0, 8);
    console.error(`[error ${errorId}] SageMaker ${operation}`, error);
    return internalFailure(errorId);
  }
}
