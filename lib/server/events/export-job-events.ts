// Each export job state change is "SageMaker Model Card Export Job State Change" with DescribeModelCardExportJob's members (ISO times); it joins its card's stream, so a job's events follow the card's.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { exportDownloadPath } from '@/lib/schemas/export-job-view';
import { exportJobArn } from '@/lib/sagemaker/protocol';
import { readArnContext } from '@/lib/server/arn-context';
import { publicBaseUrl } from '@/lib/sagemaker/handlers/export-job-shapes';
import { recordEvent } from './record-event';
import { cardArnOf } from './card-events';

export const EXPORT_JOB_STATE_CHANGE = 'SageMaker Model Card Export Job State Change';

export async function recordExportJobEvent(tx: Tx, jobId: string): Promise<void> {
  const job = await tx.exportJob.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      id: true,
      jobName: true,
      cardName: true,
      version: true,
      contentHash: true,
      status: true,
      failureReason: true,
      outputPath: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const arn = exportJobArn({ ...readArnContext(), cardName: job.cardName, jobName: job.jobName });
  const cardArn = cardArnOf(job.cardName);
  const artifact = `${publicBaseUrl()}${exportDownloadPath(job.id)}`;
  await recordEvent(tx, {
    type: `export_job.${job.status === 'InProgress' ? 'created' : job.status.toLowerCase()}`,
    source: 'aws.sagemaker',
    detailType: EXPORT_JOB_STATE_CHANGE,
    stream: cardArn,
    resources: [arn, cardArn],
    time: job.updatedAt,
    detail: {
      ModelCardExportJobName: job.jobName,
      ModelCardExportJobArn: arn,
      Status: job.status,
      ModelCardName: job.cardName,
      ModelCardVersion: job.version,
      OutputConfig: { S3OutputPath: job.outputPath ?? artifact },
      CreatedAt: job.createdAt.toISOString(),
      LastModifiedAt: job.updatedAt.toISOString(),
      ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
      ...(job.status === 'Completed' ? { ExportArtifacts: { S3ExportArtifacts: artifact } } : {}),
    },
  });
}
