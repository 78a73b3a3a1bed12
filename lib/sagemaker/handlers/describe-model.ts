// DescribeModel: the model as it was created, its containers and settings as sent.
import 'server-only';
import { getModel } from '@/lib/server/registry/get-model';
import type { TDescribeModelRequest, TDescribeModelResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { modelDescription } from './registry-shapes';

export async function describeModel(context: THandlerContext, request: TDescribeModelRequest): Promise<TDescribeModelResponse> {
  return modelDescription(await getModel({ actor: context.actor, name: request.ModelName }));
}
