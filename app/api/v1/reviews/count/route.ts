// GET /api/v1/reviews/count: how many cards wait for the signed-in reviewer; the navigation badge polls it between page loads.
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { countReviewQueue } from '@/lib/server/reviews/count-review-queue';

export const GET = apiRoute(async ({ actor }) => json({ count: await countReviewQueue({ actor }) }));
