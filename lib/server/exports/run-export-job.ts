// One claimed job, start to end: rendered with the rights of the person who asked for it (no transaction open meanwhile), the lease renewed while it renders, then completed or failed exactly once.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { isAppError } from '@/lib/server/errors';
import { renderVersionPdf } from './render-version-pdf';
import type { RenderOptions } from './render-version-pdf';
import { renewExportLease } from './renew-export-lease';
import { finishExportJob } from './finish-export-job';
import type { ExportJobOutcome } from './finish-export-job';
import type { ClaimedExportJob } from './claim-next-export-job';
import { renewEveryMs } from './export-lease';

/** A job whose renders kept being cut short (its instance died, or a render outlasted the lease) stops being retried. */
const MAX_EXPORT_ATTEMPTS = 3;

async function render(job: ClaimedExportJob, options: RenderOptions): Promise<ExportJobOutcome> {
  if (job.attempts > MAX_EXPORT_ATTEMPTS) {
    return {
      kind: 'failed',
      reason: `Rendering did not finish in ${MAX_EXPORT_ATTEMPTS} attempts (the server stopped while rendering, or could not renew its lease within CARDINAL_EXPORT_LEASE_SECONDS); start a new export.`,
    };
  }
  const requester = await getDb().user.findUnique({
    where: { id: job.requestedById },
    select: { id: true, email: true, name: true, roles: true, active: true },
  });
  if (!requester?.active) return { kind: 'failed', reason: 'The person who asked for this export is no longer active, so it was not rendered.' };
  try {
    const pdf = await renderVersionPdf({ actor: requester, cardId: job.cardId, version: job.version, ...options });
    if (pdf.contentHash !== job.contentHash)
      return { kind: 'failed', reason: `Version ${job.version} no longer has the content hash the job was created for.` };
    return { kind: 'completed', pdf: pdf.bytes, sha256: pdf.sha256 };
  } catch (error) {
    if (isAppError(error)) return { kind: 'failed', reason: error.message };
    console.error(`[export ${job.id}] rendering failed`, error);
    return { kind: 'failed', reason: `The PDF could not be rendered: ${(error as Error).message ?? String(error)}` };
  }
}

/**
 * True when this run ended the job (false: its lease was taken over meanwhile and the other claim ends it). The render
 * runs in a child process, so the renewal timer fires while it runs; a renewal that finds the claim gone kills the render.
 */
export async function runExportJob(
  job: ClaimedExportJob,
  { renewMs = renewEveryMs(), onRenderStart }: { renewMs?: number; onRenderStart?: RenderOptions['onRenderStart'] } = {},
): Promise<boolean> {
  const lost = new AbortController();
  const renewal = setInterval(() => {
    renewExportLease({ jobId: job.id, claimToken: job.claimToken })
      .then((held) => {
        if (!held) lost.abort();
      })
      .catch((error) => console.error(`[export ${job.id}] lease renewal failed`, error));
  }, renewMs);
  try {
    const outcome = await render(job, { signal: lost.signal, onRenderStart });
    return await finishExportJob({ jobId: job.id, claimToken: job.claimToken, outcome });
  } finally {
    clearInterval(renewal);
  }
}
