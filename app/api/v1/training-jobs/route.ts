// POST /api/v1/training-jobs: record a training job from its DescribeTrainingJob response (what `aws sagemaker describe-training-job` prints); 201 when recorded, 200 when the same job was already recorded. GET lists the records.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { readBodyBytes } from '@/lib/server/http/read-body-bytes';
import { MAX_TRAINING_JOB_CHARS, recordTrainingJob } from '@/lib/server/registry/record-training-job';
import { listTrainingJobs } from '@/lib/server/registry/list-training-jobs';
import { parseRegistryListQuery } from '@/lib/server/registry/registry-list-query';

export async function POST(request: Request) {
  try {
    // A signature covers the body, so the body is read (never past the limit) before the caller is known; the limit is no secret.
    const body = await readBodyBytes(request, MAX_TRAINING_JOB_CHARS * 4);
    if (!body.ok)
      throw new AppError('LIMIT_EXCEEDED', `The body has ${body.bytes} bytes; a training job description is at most ${MAX_TRAINING_JOB_CHARS} characters.`);
    const actor = requireActor(await getApiActor(request, body.bytes));
    const recorded = await recordTrainingJob({ actor, description: new TextDecoder().decode(body.bytes) });
    return json(recorded, recorded.created ? 201 : 200);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function GET(request: Request) {
  try {
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const params = new URL(request.url).searchParams;
    return json(await listTrainingJobs({ actor, status: params.get('status') ?? undefined, ...parseRegistryListQuery(params) }));
  } catch (error) {
    return errorResponse(error);
  }
}
