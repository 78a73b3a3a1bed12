// GET /api/v1/registry/prefill?modelPackageArn=… or ?modelName=…: a new card's content filled from what it documents, with where each section came from.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { prefillCard } from '@/lib/server/registry/prefill-card';

export async function GET(request: Request) {
  try {
    // A GET has no body: a signature covers the empty payload.
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const params = new URL(request.url).searchParams;
    const modelPackageArn = params.get('modelPackageArn') ?? undefined;
    const modelName = params.get('modelName') ?? undefined;
    const prefill =
      modelPackageArn !== undefined ? await prefillCard({ actor, modelPackageArn }) : await prefillCard({ actor, modelName: modelName as string });
    return json(prefill);
  } catch (error) {
    return errorResponse(error);
  }
}
