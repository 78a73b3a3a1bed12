// GET /api/v1/audit-events.csv: the audit trail as CSV (the Audit trail page's filters apply), for admins and auditors, signed or with a session.
import { apiRoute } from '@/lib/server/http/api-route';
import { exportAuditCsv } from '@/lib/server/audit/export-audit-csv';

export const GET = apiRoute(async ({ request, actor }) => {
  const csv = await exportAuditCsv({ actor, query: new URL(request.url).searchParams });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-trail-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
