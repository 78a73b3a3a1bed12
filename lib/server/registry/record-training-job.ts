// Recording a training job: the body is a DescribeTrainingJob response (Cardinal runs no training); the same name with the same content changes nothing, with other content it is a conflict, since a record never changes.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { contentHash } from '@/lib/model-cards/canonical-json';
import { formatTimestamp } from '@/lib/format';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { fromEpochSeconds } from '@/lib/sagemaker/protocol';
import { ZTrainingJobDescription } from '@/lib/schemas/registry';
import { findNul, NUL_MESSAGE } from '@/lib/schemas/input-values';
import { formatPath } from '@/lib/schemas/validation-error';
import { REGISTRY_TX_OPTIONS, arnContext, recordRegistryEvent, requireRegistryWriter } from './registry-rules';
import { TRAINING_JOB_SELECT } from './registry-dto';
import type { TrainingJobDto } from './registry-dto';
import { toTrainingJobDto } from './registry-mappers';

export const MAX_TRAINING_JOB_CHARS = 1_000_000;
const TIME_KEY = /(Time|Timestamp)$/;

/**
 * `aws sagemaker describe-training-job` prints times as ISO strings, boto3 and the AWS JSON protocol as epoch seconds;
 * every *Time / Timestamp member becomes an ISO string so one job hashes alike however it was printed.
 */
function normaliseTimes(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, index) => normaliseTimes(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => {
      const at = path ? `${path}.${key}` : key;
      if (TIME_KEY.test(key) && (typeof member === 'string' || typeof member === 'number')) {
        const date = fromEpochSeconds(member);
        if (!date) throw new AppError('INVALID_INPUT', `${at}: must be a time (ISO 8601 with a zone, or epoch seconds)`, { path: at });
        return [key, date.toISOString()];
      }
      return [key, normaliseTimes(member, at)];
    }),
  );
}

function readDescription(description: unknown): { text: string; value: unknown } {
  if (typeof description !== 'string') return { text: JSON.stringify(description ?? null), value: description };
  if (description.length > MAX_TRAINING_JOB_CHARS) {
    throw new AppError('LIMIT_EXCEEDED', `The training job description has ${description.length} characters; at most ${MAX_TRAINING_JOB_CHARS} are accepted.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(description);
  } catch {
    throw new AppError('INVALID_INPUT', 'The body is not JSON: send the output of `aws sagemaker describe-training-job` (a DescribeTrainingJob response).');
  }
  const nul = findNul(value);
  if (nul) throw new AppError('INVALID_INPUT', `${formatPath(nul) || 'body'}: ${NUL_MESSAGE}`, { path: formatPath(nul) });
  return { text: description, value };
}

export async function recordTrainingJob({
  actor,
  description,
}: {
  actor: Actor | null;
  /** The DescribeTrainingJob response: its JSON text (stored exactly as sent) or the parsed value. */
  description: unknown;
}): Promise<{ created: boolean; job: TrainingJobDto }> {
  const author = requireRegistryWriter(actor, 'record training jobs');
  const { text, value } = readDescription(description);
  const job = parseInput(ZTrainingJobDescription, value);
  const normalised = normaliseTimes(value, '') as Record<string, unknown>;
  const hash = contentHash(normalised);
  const name = job.TrainingJobName;
  const context = arnContext();
  const db = getDb();

  const existing = async (): Promise<{ created: boolean; job: TrainingJobDto } | null> => {
    const row = await db.trainingJobRecord.findUnique({ where: { nameLower: name.toLowerCase() }, select: TRAINING_JOB_SELECT });
    if (!row) return null;
    if (row.contentHash === hash) return { created: false, job: toTrainingJobDto(context, row) };
    throw new AppError(
      'CONFLICT',
      `Training job ${row.name} was already recorded by ${row.createdBy.name} at ${formatTimestamp(row.recordedAt)} with other content. ` +
        'A training job record never changes: record this job under its own name.',
      { details: { name: row.name, contentHash: row.contentHash } },
    );
  };

  const earlier = await existing();
  if (earlier) return earlier;
  try {
    const id = await db.$transaction(async (tx) => {
      const row = await tx.trainingJobRecord.create({
        data: {
          name,
          nameLower: name.toLowerCase(),
          status: job.TrainingJobStatus,
          description: text,
          parsed: normalised as Prisma.InputJsonValue,
          contentHash: hash,
          sourceArn: job.TrainingJobArn ?? null,
          s3ModelArtifacts: job.ModelArtifacts?.S3ModelArtifacts ?? null,
          trainingImage: job.AlgorithmSpecification?.TrainingImage ?? null,
          creationTime: new Date(normalised.CreationTime as string),
          createdById: author.id,
        },
        select: { id: true },
      });
      await recordRegistryEvent(
        tx,
        author,
        'training_job.recorded',
        { type: 'training_job', id: row.id, name },
        {
          contentHash: hash,
          status: job.TrainingJobStatus,
          s3ModelArtifacts: job.ModelArtifacts?.S3ModelArtifacts ?? null,
        },
      );
      return row.id;
    }, REGISTRY_TX_OPTIONS);
    return { created: true, job: toTrainingJobDto(context, await db.trainingJobRecord.findUniqueOrThrow({ where: { id }, select: TRAINING_JOB_SELECT })) };
  } catch (error) {
    // The same job posted twice at once: the second finds the first's record and is answered as a repeat (or a conflict).
    if (isUniqueViolation(error)) {
      const raced = await existing();
      if (raced) return raced;
    }
    throw error;
  }
}
