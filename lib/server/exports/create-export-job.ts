// Anyone who may read a card may export any of its versions; the job is written with its audit event in one transaction and rendered later by a worker.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { recordExportJobEvent } from '@/lib/server/events/export-job-events';
import { parseVersionNumber, requireCardReader } from '@/lib/server/model-cards/card-rules';
import { CARD_NAME_MAX_CHARS, isCardName } from '@/lib/schemas/card-name';
import { CARD_TX_OPTIONS } from '@/lib/server/model-cards/card-lock';
import { cardNamedNotFound, versionNotFound } from '@/lib/server/model-cards/card-errors';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { EXPORT_JOB_SELECT } from './export-job-dto';
import type { ExportJobDto } from './export-job-dto';
import { nudgeWorker } from '@/lib/server/jobs/worker-nudge';

/** SageMaker's S3OutputPath limit; Cardinal keeps the value only to echo it (it stores the PDF itself). */
const MAX_OUTPUT_PATH_CHARS = 1024;

/** Like the SageMaker SDK's unique_name_from_base: the card name, the version, the time and a random tail, within 63 characters. */
function defaultExportJobName(cardName: string, version: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const tail = `-v${version}-${stamp}-${randomBytes(2).toString('hex')}`;
  return `${cardName.slice(0, CARD_NAME_MAX_CHARS - tail.length).replace(/-+$/, '')}${tail}`;
}

function parseJobName(value: string): string {
  if (!isCardName(value)) {
    throw new AppError(
      'INVALID_INPUT',
      `jobName: "${value.slice(0, 80)}" is not a valid export job name. Use at most 63 letters, digits and hyphens, starting and ending with a letter or digit.`,
      {
        path: 'jobName',
      },
    );
  }
  return value;
}

export async function createExportJob({
  actor,
  cardName,
  version,
  jobName,
  outputPath,
}: {
  actor: Actor | null;
  cardName: string;
  /** Omitted: the card's latest version. */
  version?: number;
  /** Omitted: a unique name made from the card name. */
  jobName?: string;
  outputPath?: string;
}): Promise<ExportJobDto> {
  const user = requireCardReader(actor);
  if (outputPath !== undefined && outputPath.length > MAX_OUTPUT_PATH_CHARS) {
    throw new AppError('INVALID_INPUT', `outputPath: at most ${MAX_OUTPUT_PATH_CHARS} characters`, { path: 'outputPath' });
  }
  const name = jobName === undefined ? undefined : parseJobName(jobName);
  try {
    const job = await getDb().$transaction(async (tx) => {
      const card = await tx.modelCard.findUnique({ where: { name: cardName }, select: { id: true, name: true, latestVersion: true } });
      if (!card) throw cardNamedNotFound(cardName);
      const number = version === undefined ? card.latestVersion : parseVersionNumber(version, 'version');
      const row = await tx.modelCardVersion.findUnique({ where: { cardId_version: { cardId: card.id, version: number } }, select: { contentHash: true } });
      if (!row) throw versionNotFound(card, number);
      const created = await tx.exportJob.create({
        data: {
          jobName: name ?? defaultExportJobName(card.name, number),
          cardId: card.id,
          cardName: card.name,
          version: number,
          contentHash: row.contentHash,
          outputPath: outputPath ?? null,
          requestedById: user.id,
        },
        select: EXPORT_JOB_SELECT,
      });
      await recordAuditEvent(tx, {
        actor: auditActor(user),
        action: 'export_job.created',
        targetType: 'model_card',
        targetId: card.id,
        targetName: card.name,
        cardVersion: number,
        contentHash: row.contentHash,
        details: { jobId: created.id, jobName: created.jobName },
      });
      await recordExportJobEvent(tx, created.id);
      return created;
    }, CARD_TX_OPTIONS);
    nudgeWorker();
    return job;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `An export job named ${name} already exists for ${cardName}. Job names are unique per card; choose another name.`, {
        path: 'jobName',
      });
    }
    throw error;
  }
}
