// DeleteTags on a model card's or a registry resource's ARN: removes the keys given; keys the resource does not have are ignored, as SageMaker ignores them.
import 'server-only';
import { deleteCardTags } from '@/lib/server/card-tags/delete-card-tags';
import { deleteRegistryTags } from '@/lib/server/registry/delete-registry-tags';
import type { TDeleteTagsRequest, TDeleteTagsResponse } from '../operations';
import { findCard, taggedResourceOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function deleteTags(context: THandlerContext, request: TDeleteTagsRequest): Promise<TDeleteTagsResponse> {
  const resource = taggedResourceOf(context, request.ResourceArn);
  if ('card' in resource) {
    const card = await findCard(context, resource.card);
    await deleteCardTags({ actor: context.actor, cardId: card.id, keys: request.TagKeys });
  } else {
    await deleteRegistryTags({ actor: context.actor, arn: resource.registryArn, keys: request.TagKeys });
  }
  return {};
}
