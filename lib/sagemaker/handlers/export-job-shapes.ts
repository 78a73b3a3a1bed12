// How Cardinal's export jobs read as SageMaker's: the job ARN, and what stands in for S3 — the PDF is kept by Cardinal and ExportArtifacts.S3ExportArtifacts is its download URL on this server.
import 'server-only';
import type { ExportJobDto } from '@/lib/server/exports/export-job-dto';
import { exportDownloadPath } from '@/lib/schemas/export-job-view';
import { exportJobArn, toEpochSeconds } from '../protocol';
import type { TDescribeModelCardExportJobResponse, TModelCardExportJobSummary } from '../operations';
import type { THandlerContext } from './handler-context';

/** NEXTAUTH_URL is the address people and programs reach this server at (npm start sets it); the artifact URL must work from there. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, '');
}

export function jobArn(context: THandlerContext, job: Pick<ExportJobDto, 'cardName' | 'jobName'>): string {
  return exportJobArn({ ...context.arn, cardName: job.cardName, jobName: job.jobName });
}

export function jobSummary(context: THandlerContext, job: ExportJobDto): TModelCardExportJobSummary {
  return {
    ModelCardExportJobName: job.jobName,
    ModelCardExportJobArn: jobArn(context, job),
    Status: job.status,
    ModelCardName: job.cardName,
    ModelCardVersion: job.version,
    CreatedAt: toEpochSeconds(job.createdAt),
    LastModifiedAt: toEpochSeconds(job.updatedAt),
  };
}

export function jobDescription(context: THandlerContext, job: ExportJobDto): TDescribeModelCardExportJobResponse {
  const artifact = `${publicBaseUrl()}${exportDownloadPath(job.id)}`;
  return {
    ...jobSummary(context, job),
    // Jobs started in the console name no output path; the download URL stands in for it.
    OutputConfig: { S3OutputPath: job.outputPath ?? artifact },
    ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
    ...(job.status === 'Completed' ? { ExportArtifacts: { S3ExportArtifacts: artifact } } : {}),
  };
}
