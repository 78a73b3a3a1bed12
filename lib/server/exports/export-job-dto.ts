// What an export job looks like when it leaves the server: its state and the PDF's hash, never the PDF bytes (those come from getExportPdf).
import 'server-only';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import type { UserRef } from '@/lib/server/model-cards/card-dto';
import type { TExportJobStatus } from '@/lib/schemas/export-job-status';

export const EXPORT_JOB_SELECT = {
  id: true,
  jobName: true,
  cardId: true,
  cardName: true,
  version: true,
  contentHash: true,
  status: true,
  failureReason: true,
  outputPath: true,
  pdfSha256: true,
  pdfSize: true,
  requestedBy: { select: USER_REF_SELECT },
  createdAt: true,
  updatedAt: true,
  claimedAt: true,
  attempts: true,
  completedAt: true,
} as const;

/** claimedAt is null while the job waits for a worker; a job InProgress with a claim is being rendered. */
export type ExportJobDto = {
  id: string;
  jobName: string;
  cardId: string;
  cardName: string;
  version: number;
  contentHash: string;
  status: TExportJobStatus;
  failureReason: string | null;
  outputPath: string | null;
  pdfSha256: string | null;
  pdfSize: number | null;
  requestedBy: UserRef;
  createdAt: Date;
  updatedAt: Date;
  claimedAt: Date | null;
  attempts: number;
  completedAt: Date | null;
};

/** SageMaker caps FailureReason at 1024 characters. */
export const MAX_FAILURE_REASON_CHARS = 1024;
