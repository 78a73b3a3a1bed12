// DescribeModelCardExportJob: the job named by its ARN, with FailureReason when it failed and, once Completed, ExportArtifacts.S3ExportArtifacts = the URL the PDF downloads from (signed like any API call).
import 'server-only';
import { getExportJob } from '@/lib/server/exports/get-export-job';
import { AppError } from '@/lib/server/errors';
import { parseExportJobArn } from '../protocol';
import type { TDescribeModelCardExportJobRequest, TDescribeModelCardExportJobResponse } from '../operations';
import type { THandlerContext } from './handler-context';
import { jobDescription } from './export-job-shapes';

export async function describeModelCardExportJob(
  context: THandlerContext,
  request: TDescribeModelCardExportJobRequest,
): Promise<TDescribeModelCardExportJobResponse> {
  const arn = parseExportJobArn(request.ModelCardExportJobArn);
  const { region, account } = context.arn;
  if (!arn || arn.partition !== 'aws' || arn.region !== region || arn.account !== account) {
    throw new AppError(
      'INVALID_INPUT',
      `ModelCardExportJobArn: ${request.ModelCardExportJobArn} is not an export job of this Cardinal server, whose jobs are arn:aws:sagemaker:${region}:${account}:model-card/<name>/export-job/<job>.`,
      { path: 'ModelCardExportJobArn' },
    );
  }
  return jobDescription(context, await getExportJob({ actor: context.actor, cardName: arn.cardName, jobName: arn.jobName }));
}
