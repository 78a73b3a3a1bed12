// Rendered PDFs of what never changes: the same version with the same review chain renders to the same bytes, so a repeat view or export is served from memory. Keyed by (content hash, review-chain hash, renderer version); least recently used PDFs leave first once the cache holds CARDINAL_PDF_CACHE_MB. In memory rather than on disk: PDFs are 20–300 KB, so 64 MB holds hundreds, a restart costs one render each (under 1.5 s), and nothing is left in the data directory to clean up or to go stale when the renderer changes.
import { createHash } from 'node:crypto';
import type { VersionHeadDto } from '@/lib/server/model-cards/card-dto';
import { encodeRenderInput } from './render-input';

const DEFAULT_CACHE_MB = 64;

export type CachedPdf = { bytes: Uint8Array<ArrayBuffer>; sha256: string };

export type PdfCache = { get: (key: string) => CachedPdf | undefined; set: (key: string, pdf: CachedPdf) => void; bytes: () => number };

export function pdfCacheBytes(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CARDINAL_PDF_CACHE_MB);
  return (Number.isFinite(value) && value >= 0 && env.CARDINAL_PDF_CACHE_MB?.trim() ? value : DEFAULT_CACHE_MB) * 1024 * 1024;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The review-chain hash covers everything the renderer is given besides the content: reviews, status changes, status, author,
 * the card (its name, its latest version number) — so a new review, approval or later version gives a new key, and a field the
 * document starts printing can never be served stale. The content is covered by its own hash.
 */
export function pdfCacheKey(version: VersionHeadDto, rendererVersion: string): string {
  // A whole version is keyed as its head alone (read before the content, to look for a cached PDF), whatever order its fields came in.
  const head = Object.entries(version)
    .filter(([field]) => field !== 'content' && field !== 'contentText')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const chain = sha256(encodeRenderInput({ ...(Object.fromEntries(head) as VersionHeadDto), contentText: '', content: {} }));
  return `${version.contentHash}:${chain}:${rendererVersion}`;
}

export function createPdfCache(maxBytes: number): PdfCache {
  // A Map iterates in insertion order; a hit is moved to the end, so the first entry is the least recently used.
  const entries = new Map<string, CachedPdf>();
  let total = 0;
  return {
    get(key) {
      const pdf = entries.get(key);
      if (!pdf) return undefined;
      entries.delete(key);
      entries.set(key, pdf);
      return pdf;
    },
    set(key, pdf) {
      if (pdf.bytes.byteLength > maxBytes) return;
      const previous = entries.get(key);
      if (previous) {
        total -= previous.bytes.byteLength;
        entries.delete(key);
      }
      entries.set(key, pdf);
      total += pdf.bytes.byteLength;
      for (const [oldest, old] of entries) {
        if (total <= maxBytes) break;
        entries.delete(oldest);
        total -= old.bytes.byteLength;
      }
    },
    bytes: () => total,
  };
}

const holder = globalThis as typeof globalThis & { __cardinalPdfCache?: PdfCache };

export function getPdfCache(): PdfCache {
  return (holder.__cardinalPdfCache ??= createPdfCache(pdfCacheBytes()));
}
