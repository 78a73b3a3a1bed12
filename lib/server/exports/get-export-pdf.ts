// A completed job's PDF, byte for byte as the worker stored it, for anyone who may read cards; a job still rendering or failed has none.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { pdfFileName } from '@/lib/pdf/pdf-file-name';

export type ExportPdf = { bytes: Uint8Array<ArrayBuffer>; sha256: string; fileName: string; jobName: string; cardName: string; version: number };

export async function getExportPdf({ actor, jobId }: { actor: Actor | null; jobId: string }): Promise<ExportPdf> {
  requireCardReader(actor);
  const job = await getDb().exportJob.findUnique({
    where: { id: jobId },
    select: { status: true, pdf: true, pdfSha256: true, jobName: true, cardName: true, version: true, failureReason: true },
  });
  if (!job) throw new AppError('NOT_FOUND', 'That export job does not exist. Its card may have been deleted.');
  if (job.status === 'Failed')
    throw new AppError('CONFLICT', `Export job ${job.jobName} failed, so it has no PDF: ${job.failureReason ?? 'no reason was recorded'}.`);
  if (job.status !== 'Completed' || !job.pdf || !job.pdfSha256)
    throw new AppError('CONFLICT', `Export job ${job.jobName} is still in progress; its PDF is not ready yet.`);
  return {
    bytes: new Uint8Array(job.pdf),
    sha256: job.pdfSha256,
    fileName: pdfFileName(job.cardName, job.version),
    jobName: job.jobName,
    cardName: job.cardName,
    version: job.version,
  };
}
