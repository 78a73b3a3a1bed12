// Renders one version's PDF to bytes with its SHA-256; the worker and the on-demand route both come through here.
import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { renderToBuffer } from '@react-pdf/renderer';
import type { VersionDto } from '@/lib/server/model-cards/card-dto';
import { loadPdfFonts } from './fonts';
import { VersionDocument } from './version-document';
import { pdfFileName } from './pdf-file-name';

export type RenderedPdf = { bytes: Uint8Array<ArrayBuffer>; sha256: string; fileName: string };

export async function renderVersionDocument(version: VersionDto): Promise<RenderedPdf> {
  await loadPdfFonts();
  const buffer = await renderToBuffer(createElement(VersionDocument, { version }) as Parameters<typeof renderToBuffer>[0]);
  const bytes = new Uint8Array(buffer);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: pdfFileName(version.card.name, version.version) };
}
