// AddTags on a model card's or a registry resource's ARN: adds tags or overwrites the values of keys it has (at most 50 per resource), through the card or the registry tag service.
import 'server-only';
import { addCardTags } from '@/lib/server/card-tags/add-card-tags';
import { addRegistryTags } from '@/lib/server/registry/add-registry-tags';
import type { TAddTagsRequest, TAddTagsResponse } from '../operations';
import { findCard, taggedResourceOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function addTags(context: THandlerContext, request: TAddTagsRequest): Promise<TAddTagsResponse> {
  const resource = taggedResourceOf(context, request.ResourceArn);
  const tags = request.Tags.map(({ Key, Value }) => ({ key: Key, value: Value }));
  if ('card' in resource) {
    const card = await findCard(context, resource.card);
    await addCardTags({ actor: context.actor, cardId: card.id, tags });
  } else {
    await addRegistryTags({ actor: context.actor, arn: resource.registryArn, tags });
  }
  // SageMaker answers with the tags of the request.
  return { Tags: request.Tags };
}
