// ListTags on a model card's ARN: every tag, sorted by key, in one page (a card holds at most 50 and MaxResults is at least 50, so there is never a NextToken).
import 'server-only';
import { listCardTags } from '@/lib/server/card-tags/list-card-tags';
import { AppError } from '@/lib/server/errors';
import type { TListTagsRequest, TListTagsResponse } from '../operations';
import { findCard, taggedCardNameOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function listTags(context: THandlerContext, request: TListTagsRequest): Promise<TListTagsResponse> {
  // This operation never hands out a NextToken, so any token sent back is not one of ours.
  if (request.NextToken !== undefined) {
    throw new AppError('INVALID_INPUT', 'Invalid NextToken: ListTags returns every tag in one page and never a NextToken.', { path: 'NextToken' });
  }
  const card = await findCard(context, taggedCardNameOf(context, request.ResourceArn));
  const tags = await listCardTags({ actor: context.actor, cardId: card.id });
  return { Tags: tags.map(({ key, value }) => ({ Key: key, Value: value })) };
}
