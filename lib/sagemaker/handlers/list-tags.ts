// ListTags on a model card's or a registry resource's ARN: every tag, sorted by key, in one page (a resource holds at most 50 and MaxResults is at least 50, so there is never a NextToken).
import 'server-only';
import { listCardTags } from '@/lib/server/card-tags/list-card-tags';
import { listRegistryTags } from '@/lib/server/registry/list-registry-tags';
import { AppError } from '@/lib/server/errors';
import type { TListTagsRequest, TListTagsResponse } from '../operations';
import { findCard, taggedResourceOf } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function listTags(context: THandlerContext, request: TListTagsRequest): Promise<TListTagsResponse> {
  // This operation never hands out a NextToken, so any token sent back is not one of ours.
  if (request.NextToken !== undefined) {
    throw new AppError('INVALID_INPUT', 'Invalid NextToken: ListTags returns every tag in one page and never a NextToken.', { path: 'NextToken' });
  }
  const resource = taggedResourceOf(context, request.ResourceArn);
  const tags =
    'card' in resource
      ? await listCardTags({ actor: context.actor, cardId: (await findCard(context, resource.card)).id })
      : await listRegistryTags({ actor: context.actor, arn: resource.registryArn });
  return { Tags: tags.map(({ key, value }) => ({ Key: key, Value: value })) };
}
