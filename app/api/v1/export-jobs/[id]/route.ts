// GET /api/v1/export-jobs/<id>: one export job's state, which the console polls while the PDF renders.
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZUuid } from '@/lib/schemas/input-values';
import { json } from '@/lib/server/http/api-response';
import { getExportJob } from '@/lib/server/exports/get-export-job';
import { toExportJobView } from '@/lib/schemas/export-job-view';

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  json(toExportJobView(await getExportJob({ actor, jobId: parseParam('id', ZUuid, params.id) }))),
);
