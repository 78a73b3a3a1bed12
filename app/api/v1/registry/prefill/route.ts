// GET /api/v1/registry/prefill?modelPackageArn=… or ?modelName=…: a new card's content filled from what it documents, with where each section came from.
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { prefillCard } from '@/lib/server/registry/prefill-card';

export const GET = apiRoute(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const modelPackageArn = params.get('modelPackageArn') ?? undefined;
  const modelName = params.get('modelName') ?? undefined;
  const prefill = modelPackageArn !== undefined ? await prefillCard({ actor, modelPackageArn }) : await prefillCard({ actor, modelName: modelName as string });
  return json(prefill);
});
