// GET /api/v1/audit-events: the audit trail for admins and auditors, newest first, with the Audit trail page's filters
// (target, person, kind, from, to) and limit / cursor paging; for programs signing with an access key and for the console.
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { listAuditEvents } from '@/lib/server/audit/list-audit-events';

export const GET = apiRoute(async ({ request, actor }) => json(await listAuditEvents({ actor, query: new URL(request.url).searchParams })));
