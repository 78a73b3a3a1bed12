// An export job is readable by anyone who may read cards, found by its id or by card name and job name (the pair its ARN names).
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { EXPORT_JOB_SELECT } from './export-job-dto';
import type { ExportJobDto } from './export-job-dto';

export async function getExportJob({
  actor,
  ...ref
}: { actor: Actor | null } & ({ jobId: string } | { cardName: string; jobName: string })): Promise<ExportJobDto> {
  requireCardReader(actor);
  const job = await getDb().exportJob.findFirst({
    where: 'jobId' in ref ? { id: ref.jobId } : { cardName: ref.cardName, jobName: ref.jobName },
    select: EXPORT_JOB_SELECT,
  });
  if (job) return job;
  throw new AppError(
    'NOT_FOUND',
    'jobId' in ref
      ? 'That export job does not exist. Its card may have been deleted.'
      : `Export job ${ref.jobName} of model card ${ref.cardName} does not exist.`,
  );
}
