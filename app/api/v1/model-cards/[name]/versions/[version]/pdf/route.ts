// GET /api/v1/model-cards/<name>/versions/<n>/pdf: the version's PDF rendered now, for a quick look in the browser (session) or from a script (Signature V4); the ETag is the PDF's SHA-256, X-PDF-Cache says whether it came from the cache (hit) or was rendered now (miss).
import { apiRoute } from '@/lib/server/http/api-route';
import { parseParam } from '@/lib/server/parse-input';
import { ZEntityNameValue, ZVersionNumber } from '@/lib/schemas/input-values';
import { renderVersionPdf } from '@/lib/server/exports/render-version-pdf';

export const GET = apiRoute<{ name: string; version: string }>(async ({ request, actor, params: { name, version } }) => {
  // Next hands the segments over decoded once; a card name has nothing left to decode.
  const pdf = await renderVersionPdf({ actor, cardName: parseParam('name', ZEntityNameValue, name), version: parseParam('version', ZVersionNumber, version) });
  const etag = `"${pdf.sha256}"`;
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${pdf.fileName}"`,
    ETag: etag,
    'X-Content-SHA256': pdf.contentHash,
    'Cache-Control': 'private, no-cache',
    'X-PDF-Cache': pdf.cached ? 'hit' : 'miss',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(pdf.bytes, { headers });
});
