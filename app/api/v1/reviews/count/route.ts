// GET /api/v1/reviews/count: how many cards wait for the signed-in reviewer; the navigation badge polls it between page loads.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { countReviewQueue } from '@/lib/server/reviews/count-review-queue';

export async function GET(request: Request) {
  try {
    const actor = await getApiActor(request, new Uint8Array());
    return json({ count: await countReviewQueue({ actor }) });
  } catch (error) {
    return errorResponse(error);
  }
}
