// GET /api/v1/audit-events.csv: the audit trail as CSV (the Audit trail page's filters apply), for admins and auditors, signed or with a session.
import { apiRoute } from '@/lib/server/http/api-route';
import { csvAttachment } from '@/lib/server/http/api-response';
import { exportAuditCsv } from '@/lib/server/audit/export-audit-csv';

export const GET = apiRoute(async ({ request, actor }) =>
  csvAttachment(await exportAuditCsv({ actor, query: new URL(request.url).searchParams }), 'audit-trail'),
);
