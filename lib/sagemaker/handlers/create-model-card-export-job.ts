// CreateModelCardExportJob: a PDF export of one version (the latest unless asked) under a job name unique for the card; OutputConfig.S3OutputPath is kept and echoed, the PDF stays in Cardinal.
import 'server-only';
import { createExportJob } from '@/lib/server/exports/create-export-job';
import { AppError, isAppError } from '@/lib/server/errors';
import type { TCreateModelCardExportJobRequest, TCreateModelCardExportJobResponse } from '../operations';
import { cardNameOf, findCard } from './handler-context';
import type { THandlerContext } from './handler-context';
import { jobArn } from './export-job-shapes';

export async function createModelCardExportJob(
  context: THandlerContext,
  request: TCreateModelCardExportJobRequest,
): Promise<TCreateModelCardExportJobResponse> {
  const card = await findCard(context, cardNameOf(context, 'ModelCardName', request.ModelCardName));
  try {
    const job = await createExportJob({
      actor: context.actor,
      cardName: card.name,
      version: request.ModelCardVersion,
      jobName: request.ModelCardExportJobName,
      outputPath: request.OutputConfig.S3OutputPath,
    });
    return { ModelCardExportJobArn: jobArn(context, job) };
  } catch (error) {
    if (isAppError(error) && error.path === 'version') throw new AppError('NOT_FOUND', `ModelCardVersion: ${error.message}`, { path: 'ModelCardVersion' });
    if (isAppError(error) && error.path === 'jobName')
      throw new AppError(error.code, error.message.replace('jobName', 'ModelCardExportJobName'), { path: 'ModelCardExportJobName' });
    throw error;
  }
}
