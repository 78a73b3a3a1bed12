// An export job as the browser sees it (JSON: dates as ISO strings), shared by the REST route, the server action and the console's polling.
import type { TExportJobStatus } from './export-job-status';

export type TExportJobView = {
  id: string;
  jobName: string;
  cardName: string;
  version: number;
  contentHash: string;
  status: TExportJobStatus;
  /** True once a worker has picked the job up (InProgress only). */
  rendering: boolean;
  failureReason: string | null;
  pdfSha256: string | null;
  pdfSize: number | null;
  requestedBy: string;
  createdAt: string;
  completedAt: string | null;
  downloadUrl: string | null;
  viewUrl: string;
};

type JobLike = {
  id: string;
  jobName: string;
  cardName: string;
  version: number;
  contentHash: string;
  status: TExportJobStatus;
  claimedAt: Date | null;
  failureReason: string | null;
  pdfSha256: string | null;
  pdfSize: number | null;
  requestedBy: { name: string };
  createdAt: Date;
  completedAt: Date | null;
};

export function exportDownloadPath(jobId: string): string {
  return `/api/v1/export-jobs/${encodeURIComponent(jobId)}/pdf`;
}

export function versionPdfPath(cardName: string, version: number): string {
  return `/api/v1/model-cards/${encodeURIComponent(cardName)}/versions/${version}/pdf`;
}

export function toExportJobView(job: JobLike): TExportJobView {
  return {
    id: job.id,
    jobName: job.jobName,
    cardName: job.cardName,
    version: job.version,
    contentHash: job.contentHash,
    status: job.status,
    rendering: job.status === 'InProgress' && job.claimedAt !== null,
    failureReason: job.failureReason,
    pdfSha256: job.pdfSha256,
    pdfSize: job.pdfSize,
    requestedBy: job.requestedBy.name,
    createdAt: job.createdAt.toISOString(),
    completedAt: job.completedAt?.toISOString() ?? null,
    downloadUrl: job.status === 'Completed' ? exportDownloadPath(job.id) : null,
    viewUrl: versionPdfPath(job.cardName, job.version),
  };
}
