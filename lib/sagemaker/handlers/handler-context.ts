// What every SageMaker operation handler shares: the acting user, this server's region and account for ARNs, and the one way a card is found from a name or an ARN.
import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError, isAppError } from '@/lib/server/errors';
import { getCard } from '@/lib/server/model-cards/get-card';
import type { CardDto, UserRef } from '@/lib/server/model-cards/card-dto';
import { decodeNextToken, encodeNextToken, modelCardArn, parseModelCardArn, parseModelCardNameOrArn } from '../protocol';
import type { TJsonValue } from '../protocol';
import type { TArnContext } from '@/lib/server/arn-context';
import type { TUserContext } from '../operations';
import { parseRegistryArn } from '@/lib/server/registry/registry-arns';

export type THandlerContext = { actor: Actor; arn: TArnContext };

export function cardArn(context: THandlerContext, name: string): string {
  return modelCardArn({ ...context.arn, name });
}

function foreignArn(context: THandlerContext, field: string, value: string): AppError {
  const { region, account } = context.arn;
  return new AppError(
    'INVALID_INPUT',
    `${field}: ${value} is not an ARN of this Cardinal server, whose resources are arn:aws:sagemaker:${region}:${account}:<resource>.`,
    {
      path: field,
    },
  );
}

/** A ModelCardNameOrArn member: the name, after checking that an ARN is one of this server's. */
export function cardNameOf(context: THandlerContext, field: string, value: string): string {
  const parsed = parseModelCardNameOrArn(value);
  if (!parsed) throw new AppError('INVALID_INPUT', `${field}: must be a model card name or a model card ARN`, { path: field });
  const { arn } = parsed;
  if (arn && (arn.partition !== 'aws' || arn.region !== context.arn.region || arn.account !== context.arn.account)) throw foreignArn(context, field, value);
  return parsed.name;
}

/**
 * A ResourceArn member of the tagging operations: a model card's name, or the ARN of a registry resource (model package
 * group, package version, model, training job), which the registry's tag services find by ARN.
 */
export function taggedResourceOf(context: THandlerContext, value: string): { card: string } | { registryArn: string } {
  const card = parseModelCardArn(value);
  const registry = card ? null : parseRegistryArn(value);
  const parsed = card ?? registry;
  if (!parsed) {
    throw new AppError(
      'INVALID_INPUT',
      'ResourceArn: Cardinal keeps tags on model cards, model package groups, model packages, models and training jobs; give the ARN of one of them ' +
        '(arn:aws:sagemaker:<region>:<account>:model-card/<name>, …:model-package-group/<name>, …:model-package/<group>/<version>, …:model/<name>, …:training-job/<name>).',
      { path: 'ResourceArn' },
    );
  }
  if (parsed.partition !== 'aws' || parsed.region !== context.arn.region || parsed.account !== context.arn.account)
    throw foreignArn(context, 'ResourceArn', value);
  return card ? { card: card.name } : { registryArn: value };
}

/** The card by name, with the "does not exist" wording that SageMaker's callers look for. */
export async function findCard(context: THandlerContext, name: string): Promise<CardDto> {
  try {
    return await getCard({ actor: context.actor, name });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', `Model card ${name} does not exist.`);
    throw error;
  }
}

/** Cardinal users have no IAM identity: the profile name is the person's name, the principal their user id, the source identity their email. */
export function userContext(user: UserRef): TUserContext {
  return { UserProfileName: user.name, IamIdentity: { PrincipalId: user.id, SourceIdentity: user.email } };
}

/** Content that the card services refused, named as the request member it came in. */
export function asContentError(error: unknown): unknown {
  if (isAppError(error) && error.code === 'INVALID_INPUT')
    return new AppError('INVALID_INPUT', `Content: ${error.message}`, { path: 'Content', details: error.details });
  return error;
}

export function nextToken(cursor: TJsonValue | null): string | undefined {
  return cursor === null ? undefined : encodeNextToken(cursor);
}

export function readNextToken<Cursor>(token: string, schema: z.ZodType<Cursor>): Cursor {
  const decoded = decodeNextToken(token, schema);
  if (!decoded.ok) throw new AppError('INVALID_INPUT', decoded.error.body.message, { path: 'NextToken' });
  return decoded.cursor;
}
