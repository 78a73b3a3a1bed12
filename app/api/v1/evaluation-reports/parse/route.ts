import { getActor } from '@/lib/server/auth/get-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { errorResponse, json, readBodyText } from '@/lib/server/http/api-response';
import { parseEvaluationReport, reportTooLarge } from '@/lib/server/reports/parse-evaluation-report';
import { MAX_REPORT_BYTES } from '@/lib/reports/parse-report';

export async function POST(request: Request) {
  try {
    // Refuse strangers before reading up to 5 MB of body.
    const actor = requireActor(await getActor());
    const format = new URL(request.url).searchParams.get('format');
    const body = await readBodyText(request, MAX_REPORT_BYTES);
    const outcome = body.ok ? parseEvaluationReport({ actor, text: body.text, format }) : reportTooLarge(body.bytes);
    return json(outcome.body, outcome.status);
  } catch (error) {
    return errorResponse(error);
  }
}
