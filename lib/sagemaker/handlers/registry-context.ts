// What the registry handlers share: names read from the name-or-ARN members (an ARN must be this server's and of the right resource type), the refusals of what Cardinal does not support, and the paging token bound to one list.
import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { isLocalArn, parseModelPackageArn, parseModelPackageGroupArn } from '@/lib/server/registry/registry-arns';
import type { TParsedArn } from '@/lib/server/registry/registry-arns';
import { nextToken, readNextToken } from './handler-context';
import type { THandlerContext } from './handler-context';

function notThisServer(context: THandlerContext, field: string, value: string): AppError {
  const { region, account } = context.arn;
  return new AppError(
    'INVALID_INPUT',
    `${field}: ${value} is not an ARN of this Cardinal server (region ${region}, account ${account}); cross-account resources are not supported.`,
    {
      path: field,
    },
  );
}

function checkLocal(context: THandlerContext, field: string, value: string, parsed: TParsedArn): void {
  if (!isLocalArn(parsed, context.arn)) throw notThisServer(context, field, value);
}

/** An ArnOrName member naming a model package group: the group's name. */
export function groupNameOf(context: THandlerContext, field: string, value: string): string {
  if (!value.startsWith('arn:')) return value;
  const parsed = parseModelPackageGroupArn(value);
  if (!parsed) {
    throw new AppError(
      'INVALID_INPUT',
      `${field}: ${value} is not a model package group ARN (arn:aws:sagemaker:<region>:<account>:model-package-group/<name>).`,
      { path: field },
    );
  }
  checkLocal(context, field, value, parsed);
  return parsed.groupName;
}

/**
 * A VersionedArnOrName member naming one package version: its ARN, or <group>/<version>. A bare name would be an
 * unversioned package, which Cardinal does not keep: every package is a version in a group.
 */
export function packageRefOf(context: THandlerContext, field: string, value: string): { groupName: string; version: number } {
  if (value.startsWith('arn:')) {
    const parsed = parseModelPackageArn(value);
    if (!parsed) {
      throw new AppError(
        'INVALID_INPUT',
        `${field}: ${value} is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>); Cardinal keeps versioned model packages only.`,
        { path: field },
      );
    }
    checkLocal(context, field, value, parsed);
    return { groupName: parsed.groupName, version: parsed.version };
  }
  const [groupName, version] = value.split('/');
  if (version === undefined) {
    throw new AppError(
      'INVALID_INPUT',
      `${field}: ${value} names an unversioned model package, which Cardinal does not support; name a package version as <group>/<version> or by its ARN.`,
      { path: field },
    );
  }
  const number = Number(version);
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError('INVALID_INPUT', `${field}: the version in ${value} must be 1 or more.`, { path: field });
  return { groupName, version: number };
}

/** Refuses a member Cardinal does not act on, naming it and saying why, rather than accepting it and ignoring it. */
export function refuseUnsupported(field: string, present: boolean, why: string): void {
  if (present) throw new AppError('INVALID_INPUT', `${field}: ${why}`, { path: field });
}

export function refuseCrossAccount(option: 'SameAccount' | 'CrossAccount' | undefined): void {
  refuseUnsupported(
    'CrossAccountFilterOption',
    option === 'CrossAccount',
    'Cardinal is one account; there are no model package groups shared from other accounts. Leave the option out or send SameAccount.',
  );
}

const ORDERS = { Ascending: 'asc', Descending: 'desc' } as const;
const SORTS = { Name: 'name', CreationTime: 'createdAt' } as const;
export const toSortOrder = (order: 'Ascending' | 'Descending') => ORDERS[order];
export const toSortBy = (sortBy: 'Name' | 'CreationTime') => SORTS[sortBy];

type TListWindowMembers = {
  NameContains?: string;
  CreationTimeAfter?: Date;
  CreationTimeBefore?: Date;
  SortBy: 'Name' | 'CreationTime';
  SortOrder: 'Ascending' | 'Descending';
  MaxResults: number;
};

/** The members every registry List operation shares (name part, creation window, sort, page size), as the list services take them. */
export function listWindow(request: TListWindowMembers) {
  return {
    nameContains: request.NameContains,
    createdAfter: request.CreationTimeAfter,
    createdBefore: request.CreationTimeBefore,
    sortBy: toSortBy(request.SortBy),
    sortOrder: toSortOrder(request.SortOrder),
    limit: request.MaxResults,
  };
}

/** A registry list's NextToken: the service cursor bound to the list and the filters it pages through, so it cannot continue another list. */
const ZRegistryToken = z.object({ list: z.string(), cursor: z.string() });

export function readListToken(token: string | undefined, list: string): string | undefined {
  if (token === undefined) return undefined;
  const decoded = readNextToken(token, ZRegistryToken);
  if (decoded.list !== list) {
    throw new AppError(
      'INVALID_INPUT',
      'NextToken: this token continues another list; send it with the filters, SortBy and SortOrder it came with, or start again without it.',
      {
        path: 'NextToken',
      },
    );
  }
  return decoded.cursor;
}

export function listToken(cursor: string | null, list: string): string | undefined {
  return nextToken(cursor === null ? null : { list, cursor });
}

/** Identifies a list by its operation and every member that shapes it, except the page size and the token. */
export function listKey(operation: string, members: Record<string, unknown>): string {
  const shaping = Object.entries(members)
    .filter(([key, value]) => key !== 'NextToken' && key !== 'MaxResults' && value !== undefined)
    .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]);
  // A digest keeps the token short whatever the filters hold.
  return createHash('sha256')
    .update(JSON.stringify([operation, ...shaping]))
    .digest('base64url')
    .slice(0, 22);
}
