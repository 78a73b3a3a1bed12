// DeleteTags on a model card's ARN: removes the keys given through deleteCardTags; keys the card does not have are ignored, as SageMaker ignores them.
import 'server-only';
import { deleteCardTags } from '@/lib/server/card-tags/delete-card-tags';
import type { TDeleteTagsRequest, TDeleteTagsResponse } from '../operations';
import { findCard, taggedCardNameOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function deleteTags(context: THandlerContext, request: TDeleteTagsRequest): Promise<TDeleteTagsResponse> {
  const card = await findCard(context, taggedCardNameOf(context, request.ResourceArn));
  await deleteCardTags({ actor: context.actor, cardId: card.id, keys: request.TagKeys });
  return {};
}
