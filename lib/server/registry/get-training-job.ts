// Any signed-in role reads a training-job record by name (any case) or ARN: the DescribeTrainingJob JSON exactly as it was posted.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { arnContext, requireRegistryReader, trainingJobNotFound } from './registry-rules';
import { resolveTrainingJobName } from './find-registry-rows';
import { TRAINING_JOB_SELECT } from './registry-dto';
import type { TrainingJobDto } from './registry-dto';
import { toTrainingJobDto } from './registry-mappers';

export async function getTrainingJob({ actor, name }: { actor: Actor | null; name: string }): Promise<TrainingJobDto> {
  requireRegistryReader(actor);
  const context = arnContext();
  const jobName = resolveTrainingJobName(name, context);
  const row = await getDb().trainingJobRecord.findUnique({ where: { nameLower: jobName.toLowerCase() }, select: TRAINING_JOB_SELECT });
  if (!row) throw trainingJobNotFound(jobName);
  return toTrainingJobDto(context, row);
}
