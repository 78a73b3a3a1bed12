// ListModels: models filtered by name part and creation window, sorted by name or creation time (Descending unless asked), in MaxResults pages.
import 'server-only';
import { listModels as listRegisteredModels } from '@/lib/server/registry/list-models';
import type { TListModelsRequest, TListModelsResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { listKey, listWindow, listToken, readListToken } from './registry-context';
import { modelSummary } from './registry-shapes';

export async function listModels(context: THandlerContext, request: TListModelsRequest): Promise<TListModelsResponse> {
  const list = listKey('ListModels', request);
  const page = await listRegisteredModels({
    actor: context.actor,
    ...listWindow(request),
    cursor: readListToken(request.NextToken, list),
  });
  return { Models: page.items.map(modelSummary), NextToken: listToken(page.nextCursor, list) };
}
