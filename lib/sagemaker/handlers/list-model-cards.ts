// ListModelCards: the hub's listCards with SageMaker's filters (name part, status, creation window), sort (Name or CreationTime) and MaxResults/NextToken paging.
import 'server-only';
import { z } from 'zod';
import { listCards } from '@/lib/server/model-cards/list-cards';
import { AppError } from '@/lib/server/errors';
import { toEpochSeconds } from '../protocol';
import type { TListModelCardsRequest, TListModelCardsResponse } from '../operations';
import { cardArn, nextToken, readNextToken } from './handler-context';
import type { THandlerContext } from './handler-context';

const SORT_KEYS = { Name: 'name', CreationTime: 'createdAt' } as const;
const ORDERS = { Ascending: 'asc', Descending: 'desc' } as const;

/** The service's cursor, and the sort it belongs to: a token is good only for the sort that produced it. */
const ZCardsToken = z.object({ sortBy: z.enum(['Name', 'CreationTime']), sortOrder: z.enum(['Ascending', 'Descending']), cursor: z.string() });

export async function listModelCards(context: THandlerContext, request: TListModelCardsRequest): Promise<TListModelCardsResponse> {
  const token = request.NextToken === undefined ? undefined : readNextToken(request.NextToken, ZCardsToken);
  if (token && (token.sortBy !== request.SortBy || token.sortOrder !== request.SortOrder)) {
    throw new AppError(
      'INVALID_INPUT',
      `NextToken: this token continues a list sorted by ${token.sortBy} ${token.sortOrder}; send the same SortBy and SortOrder, or start again without it.`,
      { path: 'NextToken' },
    );
  }
  const page = await listCards({
    actor: context.actor,
    filters: {
      nameContains: request.NameContains,
      status: request.ModelCardStatus ? [request.ModelCardStatus] : undefined,
      createdAfter: request.CreationTimeAfter,
      createdBefore: request.CreationTimeBefore,
    },
    sortBy: SORT_KEYS[request.SortBy],
    sortOrder: ORDERS[request.SortOrder],
    limit: request.MaxResults,
    cursor: token?.cursor,
  });
  return {
    ModelCardSummaries: page.items.map((card) => ({
      ModelCardName: card.name,
      ModelCardArn: cardArn(context, card.name),
      ModelCardStatus: card.status,
      CreationTime: toEpochSeconds(card.createdAt),
      LastModifiedTime: toEpochSeconds(card.updatedAt),
    })),
    NextToken: nextToken(page.nextCursor === null ? null : { sortBy: request.SortBy, sortOrder: request.SortOrder, cursor: page.nextCursor }),
  };
}
