// CreateModel: a deployable model's record (containers, role, network settings) through createModel; Cardinal deploys nothing, it keeps what a card documents. The ARN names the model in lower case, as SageMaker's do.
import 'server-only';
import { createModel as registerModel } from '@/lib/server/registry/create-model';
import type { TCreateModelRequest, TCreateModelResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';

export async function createModel(context: THandlerContext, request: TCreateModelRequest): Promise<TCreateModelResponse> {
  const model = await registerModel({
    actor: context.actor,
    name: request.ModelName,
    primaryContainer: request.PrimaryContainer,
    containers: request.Containers,
    executionRoleArn: request.ExecutionRoleArn,
    inferenceExecutionConfig: request.InferenceExecutionConfig,
    vpcConfig: request.VpcConfig,
    enableNetworkIsolation: request.EnableNetworkIsolation,
    tags: request.Tags?.map(({ Key, Value }) => ({ key: Key, value: Value })),
  });
  return { ModelArn: model.arn };
}
