// POST /api/v1/evaluation-reports/parse: a report file (at most 5 MB) in, metric groups out, for a signed-in session or a request signed with an access key.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { readBodyBytes } from '@/lib/server/http/read-body-bytes';
import { parseEvaluationReport, reportTooLarge } from '@/lib/server/reports/parse-evaluation-report';
import { MAX_REPORT_BYTES } from '@/lib/reports/parse-report';

export async function POST(request: Request) {
  try {
    // A signature covers the body, so the body is read (never past the limit) before the caller is known; the limit is no secret.
    const body = await readBodyBytes(request, MAX_REPORT_BYTES);
    if (!body.ok) {
      const outcome = reportTooLarge(body.bytes);
      return json(outcome.body, outcome.status);
    }
    const actor = requireActor(await getApiActor(request, body.bytes));
    const format = new URL(request.url).searchParams.get('format');
    const outcome = parseEvaluationReport({ actor, text: new TextDecoder().decode(body.bytes), format });
    return json(outcome.body, outcome.status);
  } catch (error) {
    return errorResponse(error);
  }
}
