// A job ends once: the update names the claim token and InProgress, so a worker whose lease was taken over (or a second instance) changes nothing; the ending, its audit event and its outbox event commit together.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { recordExportJobEvent } from '@/lib/server/events/export-job-events';
import { MAX_FAILURE_REASON_CHARS } from './export-job-dto';

const EXPORT_WORKER_AUDIT_ACTOR = { id: null, email: 'system:export-worker' };

export type ExportJobOutcome = { kind: 'completed'; pdf: Uint8Array<ArrayBuffer>; sha256: string } | { kind: 'failed'; reason: string };

/** True when this call ended the job; false when the claim was no longer this worker's (nothing was written). */
export async function finishExportJob({ jobId, claimToken, outcome }: { jobId: string; claimToken: string; outcome: ExportJobOutcome }): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const data =
      outcome.kind === 'completed'
        ? { status: 'Completed' as const, pdf: outcome.pdf, pdfSha256: outcome.sha256, pdfSize: outcome.pdf.byteLength }
        : { status: 'Failed' as const, failureReason: outcome.reason.slice(0, MAX_FAILURE_REASON_CHARS) };
    const updated = await tx.exportJob.updateMany({
      where: { id: jobId, claimToken, status: 'InProgress' },
      data: { ...data, completedAt: now, updatedAt: now },
    });
    if (updated.count !== 1) return false;
    const job = await tx.exportJob.findUniqueOrThrow({
      where: { id: jobId },
      select: { cardId: true, cardName: true, version: true, contentHash: true, jobName: true, attempts: true },
    });
    await recordAuditEvent(tx, {
      actor: EXPORT_WORKER_AUDIT_ACTOR,
      action: outcome.kind === 'completed' ? 'export_job.completed' : 'export_job.failed',
      targetType: 'model_card',
      targetId: job.cardId,
      targetName: job.cardName,
      cardVersion: job.version,
      contentHash: job.contentHash,
      details: {
        jobId,
        jobName: job.jobName,
        attempts: job.attempts,
        ...(outcome.kind === 'completed' ? { pdfSha256: outcome.sha256, pdfSize: outcome.pdf.byteLength } : { reason: data.failureReason }),
      },
    });
    await recordExportJobEvent(tx, jobId);
    return true;
  });
}
