// GET /api/v1/export-jobs/<id>/pdf: a completed export job's PDF as a download, exactly the bytes stored, with their SHA-256 in X-PDF-SHA256 (and the ETag) to check against.
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { requireActor } from '@/lib/server/auth/actor';
import { errorResponse } from '@/lib/server/http/api-response';
import { getExportPdf } from '@/lib/server/exports/get-export-pdf';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = requireActor(await getApiActor(request, new Uint8Array()));
    const { id } = await params;
    const pdf = await getExportPdf({ actor, jobId: id });
    return new Response(pdf.bytes, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${pdf.fileName}"`,
        'X-PDF-SHA256': pdf.sha256,
        ETag: `"${pdf.sha256}"`,
        'Cache-Control': 'private, max-age=31536000, immutable',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
