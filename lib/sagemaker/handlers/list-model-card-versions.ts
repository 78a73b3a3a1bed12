// ListModelCardVersions: the card's history from listVersions, by version number, filtered by status and creation window; a filtered page may hold fewer than MaxResults and still carry a NextToken, as AWS pages may.
import 'server-only';
import { z } from 'zod';
import { listVersions } from '@/lib/server/model-cards/list-versions';
import { AppError } from '@/lib/server/errors';
import { toEpochSeconds } from '../protocol';
import type { TListModelCardVersionsRequest, TListModelCardVersionsResponse } from '../operations';
import { cardArn, cardNameOf, findCard, nextToken, readNextToken } from './handler-context';
import type { THandlerContext } from './handler-context';

/** The service's cursor, bound to the card and order it pages through. */
const ZVersionsToken = z.object({ cardId: z.string(), sortOrder: z.enum(['Ascending', 'Descending']), cursor: z.string() });

export async function listModelCardVersions(context: THandlerContext, request: TListModelCardVersionsRequest): Promise<TListModelCardVersionsResponse> {
  const card = await findCard(context, cardNameOf(context, 'ModelCardName', request.ModelCardName));
  const token = request.NextToken === undefined ? undefined : readNextToken(request.NextToken, ZVersionsToken);
  if (token && (token.cardId !== card.id || token.sortOrder !== request.SortOrder)) {
    throw new AppError(
      'INVALID_INPUT',
      'NextToken: this token continues another list; send it with the ModelCardName and SortOrder it came with, or start again without it.',
      {
        path: 'NextToken',
      },
    );
  }
  const page = await listVersions({
    actor: context.actor,
    cardId: card.id,
    order: request.SortOrder === 'Ascending' ? 'asc' : 'desc',
    limit: request.MaxResults,
    cursor: token?.cursor,
  });
  const after = request.CreationTimeAfter;
  const before = request.CreationTimeBefore;
  const wanted = page.items.filter(
    (version) =>
      (!request.ModelCardStatus || version.status === request.ModelCardStatus) &&
      (!after || version.createdAt > after) &&
      (!before || version.createdAt < before),
  );
  return {
    ModelCardVersionSummaryList: wanted.map((version) => ({
      ModelCardName: card.name,
      ModelCardArn: cardArn(context, card.name),
      ModelCardStatus: version.status,
      ModelCardVersion: version.version,
      CreationTime: toEpochSeconds(version.createdAt),
      // The latest version's last change is the card's; an older version's is not in the summary, and a guess would mislead.
      ...(version.version === card.latestVersion ? { LastModifiedTime: toEpochSeconds(card.updatedAt) } : {}),
    })),
    NextToken: nextToken(page.nextCursor === null ? null : { cardId: card.id, sortOrder: request.SortOrder, cursor: page.nextCursor }),
  };
}
