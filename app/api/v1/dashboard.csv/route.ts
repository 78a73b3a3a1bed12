// GET /api/v1/dashboard.csv: the model inventory as CSV (the dashboard's URL filters apply), for the session or a signed request.
import { apiRoute } from '@/lib/server/http/api-route';
import { exportInventoryCsv } from '@/lib/server/dashboard/export-inventory-csv';

export const GET = apiRoute(async ({ request, actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const csv = await exportInventoryCsv({ actor, params });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="model-inventory-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
