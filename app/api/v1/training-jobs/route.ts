// POST /api/v1/training-jobs: record a training job from its DescribeTrainingJob response (what `aws sagemaker describe-training-job` prints); 201 when recorded, 200 when the same job was already recorded. GET lists the records.
import { AppError } from '@/lib/server/errors';
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { MAX_TRAINING_JOB_CHARS, recordTrainingJob } from '@/lib/server/registry/record-training-job';
import { listTrainingJobs } from '@/lib/server/registry/list-training-jobs';
import { parseRegistryListQuery } from '@/lib/server/registry/registry-list-query';

export const POST = apiRoute(
  async ({ actor, body }) => {
    const recorded = await recordTrainingJob({ actor, description: new TextDecoder().decode(body) });
    return json(recorded, recorded.created ? 201 : 200);
  },
  {
    maxBodyBytes: MAX_TRAINING_JOB_CHARS * 4,
    bodyTooLarge: (bytes) =>
      new AppError('LIMIT_EXCEEDED', `The body has ${bytes} bytes; a training job description is at most ${MAX_TRAINING_JOB_CHARS} characters.`),
  },
);

export const GET = apiRoute(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  return json(await listTrainingJobs({ actor, status: params.get('status') ?? undefined, ...parseRegistryListQuery(params) }));
});
