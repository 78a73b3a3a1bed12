// AddTags on a model card's ARN: adds tags or overwrites the values of keys the card has, through addCardTags (at most 50 per card).
import 'server-only';
import { addCardTags } from '@/lib/server/card-tags/add-card-tags';
import type { TAddTagsRequest, TAddTagsResponse } from '../operations';
import { findCard, taggedCardNameOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function addTags(context: THandlerContext, request: TAddTagsRequest): Promise<TAddTagsResponse> {
  const card = await findCard(context, taggedCardNameOf(context, request.ResourceArn));
  await addCardTags({ actor: context.actor, cardId: card.id, tags: request.Tags.map(({ Key, Value }) => ({ key: Key, value: Value })) });
  // SageMaker answers with the tags of the request.
  return { Tags: request.Tags };
}
