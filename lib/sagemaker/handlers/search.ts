// Search over ModelCard, ModelPackage, ModelPackageGroup, Model and TrainingJob: what Cardinal does not keep or does not support (other resources, cross-account, visibility conditions) is refused by name, and a NextToken continues only the search that made it.
import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { searchRegistry } from '@/lib/server/registry/search/search-registry';
import { SEARCH_CATALOGUES } from '@/lib/server/registry/search/catalogues';
import { SEARCHABLE_RESOURCES } from '../search-operation';
import type { TSearchRequest, TSearchResponse, TSearchableResource } from '../search-operation';
import { nextToken, readNextToken } from './handler-context';
import type { THandlerContext } from './handler-context';
import { searchRecords } from './search-records';

/** The position and a digest of the search it belongs to: resource, expression, sort. */
const ZSearchToken = z.object({ search: z.string(), key: z.string().nullable(), id: z.string() });

function searchDigest(resource: string, request: TSearchRequest, sortBy: string): string {
  return createHash('sha256')
    .update(JSON.stringify([resource, request.SearchExpression ?? null, sortBy, request.SortOrder]))
    .digest('base64url')
    .slice(0, 22);
}

function isSearchable(resource: string): resource is TSearchableResource {
  return (SEARCHABLE_RESOURCES as readonly string[]).includes(resource);
}

export async function search(context: THandlerContext, request: TSearchRequest): Promise<TSearchResponse> {
  const { Resource: resource } = request;
  if (!isSearchable(resource)) {
    throw new AppError('INVALID_INPUT', `Resource: Cardinal keeps no ${resource} resources; it searches ${SEARCHABLE_RESOURCES.join(', ')}.`, {
      path: 'Resource',
    });
  }
  if (request.CrossAccountFilterOption === 'CrossAccount') {
    throw new AppError(
      'INVALID_INPUT',
      'CrossAccountFilterOption: cross-account search is not supported; Cardinal is one account. Leave it out or send SameAccount.',
      {
        path: 'CrossAccountFilterOption',
      },
    );
  }
  if (request.VisibilityConditions !== undefined) {
    throw new AppError('INVALID_INPUT', 'VisibilityConditions are not supported; Cardinal shows every signed-in user what their role may read.', {
      path: 'VisibilityConditions',
    });
  }
  const sortBy = request.SortBy ?? SEARCH_CATALOGUES[resource].defaultSortBy;
  const digest = searchDigest(resource, request, sortBy);
  const token = request.NextToken === undefined ? undefined : readNextToken(request.NextToken, ZSearchToken);
  if (token && token.search !== digest) {
    throw new AppError(
      'INVALID_INPUT',
      'NextToken: this token continues a different search; send the same Resource, SearchExpression, SortBy and SortOrder, or start again without it.',
      {
        path: 'NextToken',
      },
    );
  }
  const page = await searchRegistry({
    actor: context.actor,
    arn: context.arn,
    resource,
    expression: request.SearchExpression,
    sortBy,
    sortOrder: request.SortOrder,
    limit: request.MaxResults,
    after: token ? { key: token.key, id: token.id } : undefined,
  });
  return {
    Results: searchRecords(context, page),
    NextToken: nextToken(page.next && { search: digest, key: page.next.key, id: page.next.id }),
    TotalHits: { Value: page.totalHits.value, Relation: page.totalHits.atLeast ? 'GreaterThanOrEqualTo' : 'EqualTo' },
  };
}
