// GET /api/v1/model-cards/<name>/versions/<n>/pdf: the version's PDF rendered now, for a quick look in the browser (session) or from a script (Signature V4); the ETag is the PDF's SHA-256.
import { AppError } from '@/lib/server/errors';
import { apiRoute } from '@/lib/server/http/api-route';
import { renderVersionPdf } from '@/lib/server/exports/render-version-pdf';

export const GET = apiRoute<{ name: string; version: string }>(async ({ request, actor, params: { name, version } }) => {
  if (!/^[1-9][0-9]{0,8}$/.test(version)) throw new AppError('INVALID_INPUT', 'version: must be a version number (1, 2, 3, …)', { path: 'version' });
  const pdf = await renderVersionPdf({ actor, cardName: decodeURIComponent(name), version: Number(version) });
  const etag = `"${pdf.sha256}"`;
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${pdf.fileName}"`,
    ETag: etag,
    'X-Content-SHA256': pdf.contentHash,
    'Cache-Control': 'private, no-cache',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(pdf.bytes, { headers });
});
