// DescribeTrainingJob: a job recorded through POST /api/v1/training-jobs (Cardinal runs no training), as it was posted, with AWS JSON's epoch-second times and this server's ARN.
import 'server-only';
import { getTrainingJob } from '@/lib/server/registry/get-training-job';
import type { TDescribeTrainingJobRequest, TDescribeTrainingJobResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { trainingJobDescription } from './registry-shapes';

export async function describeTrainingJob(context: THandlerContext, request: TDescribeTrainingJobRequest): Promise<TDescribeTrainingJobResponse> {
  return trainingJobDescription(await getTrainingJob({ actor: context.actor, name: request.TrainingJobName }));
}
