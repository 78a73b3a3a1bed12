// GET /api/v1/export-jobs/<id>: one export job's state, which the console polls while the PDF renders.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { errorResponse, json } from '@/lib/server/http/api-response';
import { getExportJob } from '@/lib/server/exports/get-export-job';
import { toExportJobView } from '@/lib/schemas/export-job-view';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const { id } = await params;
    return json(toExportJobView(await getExportJob({ actor, jobId: id })));
  } catch (error) {
    return errorResponse(error);
  }
}
