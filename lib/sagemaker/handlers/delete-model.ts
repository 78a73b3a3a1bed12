// DeleteModel: refused (ConflictException) while a card documents the model, naming the card; its tags go with it.
import 'server-only';
import { deleteModel as deleteRegisteredModel } from '@/lib/server/registry/delete-model';
import type { TDeleteModelRequest, TDeleteModelResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';

export async function deleteModel(context: THandlerContext, request: TDeleteModelRequest): Promise<TDeleteModelResponse> {
  await deleteRegisteredModel({ actor: context.actor, name: request.ModelName });
  return {};
}
