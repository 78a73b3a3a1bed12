// Training-job records, filtered by name, status and the jobs' creation window, sorted by name or the jobs' creation time, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import { TRAINING_JOB_STATUSES } from '@/lib/schemas/registry';
import { arnContext, requireRegistryReader } from './registry-rules';
import { afterCursor, createdWindow, nextCursor, orderBy, parseListOptions } from './registry-list';
import type { RegistryListOptions } from './registry-list';
import { TRAINING_JOB_SELECT } from './registry-dto';
import type { RegistryPage, TrainingJobDto } from './registry-dto';
import { toTrainingJobDto } from './registry-mappers';

const COLUMNS = { name: 'name', createdAt: 'creationTime' };

export async function listTrainingJobs({
  actor,
  status,
  ...options
}: { actor: Actor | null; status?: string } & RegistryListOptions): Promise<RegistryPage<TrainingJobDto>> {
  requireRegistryReader(actor);
  if (status !== undefined && !(TRAINING_JOB_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('INVALID_INPUT', `status: must be one of ${TRAINING_JOB_STATUSES.join(', ')}`, { path: 'status' });
  }
  const parsed = parseListOptions('training-jobs', options);
  const context = arnContext();
  const where: Prisma.TrainingJobRecordWhereInput = {
    AND: [
      status ? { status } : {},
      options.nameContains ? { name: { contains: options.nameContains, mode: 'insensitive' } } : {},
      createdWindow('creationTime', options),
      afterCursor(parsed, COLUMNS) ?? {},
    ],
  };
  const rows = await getDb().trainingJobRecord.findMany({ where, orderBy: orderBy(parsed, COLUMNS), take: parsed.size + 1, select: TRAINING_JOB_SELECT });
  const page = nextCursor(parsed, rows, (row) => (parsed.sortBy === 'name' ? [row.name] : [row.creationTime.toISOString(), row.id]));
  return { items: page.items.map((row) => toTrainingJobDto(context, row)), nextCursor: page.nextCursor };
}
