// POST /api/v1/evaluation-reports/parse: a report file (at most 5 MB) in, metric groups out, for a signed-in session or a request signed with an access key.
import { apiRoute } from '@/lib/server/http/api-route';
import { json } from '@/lib/server/http/api-response';
import { parseEvaluationReport, reportTooLarge } from '@/lib/server/reports/parse-evaluation-report';
import { MAX_REPORT_BYTES } from '@/lib/reports/parse-report';

export const POST = apiRoute(
  async ({ request, actor, body }) => {
    const format = new URL(request.url).searchParams.get('format');
    return json(parseEvaluationReport({ actor, text: new TextDecoder().decode(body), format }));
  },
  { maxBodyBytes: MAX_REPORT_BYTES, bodyTooLarge: reportTooLarge },
);
