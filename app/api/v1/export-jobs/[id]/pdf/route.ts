// GET /api/v1/export-jobs/<id>/pdf: a completed export job's PDF as a download, exactly the bytes stored, with their SHA-256 in X-PDF-SHA256 (and the ETag) to check against.
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZUuid } from '@/lib/schemas/input-values';
import { getExportPdf } from '@/lib/server/exports/get-export-pdf';

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const pdf = await getExportPdf({ actor, jobId: parseParam('id', ZUuid, params.id) });
  return new Response(pdf.bytes, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${pdf.fileName}"`,
      'X-PDF-SHA256': pdf.sha256,
      ETag: `"${pdf.sha256}"`,
      'Cache-Control': 'private, max-age=31536000, immutable',
    },
  });
});
