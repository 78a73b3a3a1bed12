// GET /api/v1/dashboard.csv: the model inventory as CSV (the dashboard's URL filters apply), for the session or a signed request.
import { apiRoute } from '@/lib/server/http/api-route';
import { csvAttachment } from '@/lib/server/http/api-response';
import { exportInventoryCsv } from '@/lib/server/dashboard/export-inventory-csv';

export const GET = apiRoute(async ({ request, actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return csvAttachment(`\uFEFF${await exportInventoryCsv({ actor, params })}`, 'model-inventory');
});
