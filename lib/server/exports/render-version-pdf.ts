// The PDF of one card version, for anyone who may read the card: the on-demand route and the export worker both render through here. This process reads the version (it owns the database); a warm renderer process lays the PDF out, so the server keeps answering meanwhile; a version rendered before with the same review chain comes from the cache, and one being rendered is waited for rather than rendered twice.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/server/auth/actor';
import { versionContentOf } from '@/lib/server/model-cards/get-version';
import { readVersionHead } from '@/lib/server/model-cards/read-version-head';
import { getRenderPool } from '@/lib/pdf/render-pool';
import { getPdfCache, pdfCacheKey } from '@/lib/pdf/pdf-cache';
import { encodeRenderInput } from '@/lib/pdf/render-input';
import { pdfFileName } from '@/lib/pdf/pdf-file-name';
import { createRenderOnce } from '@/lib/pdf/render-once';
import type { RenderOnce } from '@/lib/pdf/render-once';

export type VersionPdf = {
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  fileName: string;
  cardName: string;
  version: number;
  contentHash: string;
  /** Served from the cache: nothing was rendered. */
  cached: boolean;
};

export type RenderOptions = {
  /** Kills the render (a worker whose lease was taken over stops spending CPU on a PDF nobody will store). */
  signal?: AbortSignal;
  /** Told the renderer's process id when the render starts there (not called for a cached PDF). */
  onRenderStart?: (pid: number) => void;
};

const holder = globalThis as typeof globalThis & { __cardinalRenderOnce?: RenderOnce };

/** One render per cache key in flight in this process (a globalThis singleton survives Next's module reloading). */
function renderOnce(): RenderOnce {
  return (holder.__cardinalRenderOnce ??= createRenderOnce());
}

export async function renderVersionPdf({
  actor,
  signal,
  onRenderStart,
  ...ref
}: { actor: Actor | null; version?: number } & RenderOptions & ({ cardName: string } | { cardId: string })): Promise<VersionPdf> {
  // Everything but the content in one statement (the reader checked first), the content only when the PDF is not cached: a repeat view
  // is mostly this read.
  const head = await readVersionHead({ actor, version: ref.version, ...('cardId' in ref ? { cardId: ref.cardId } : { name: ref.cardName }) });
  const pool = getRenderPool();
  const cache = getPdfCache();
  const key = pdfCacheKey(head, await pool.rendererVersion());
  const about = {
    fileName: pdfFileName(head.card.name, head.version),
    cardName: head.card.name,
    version: head.version,
    contentHash: head.contentHash,
  };
  const hit = cache.get(key);
  if (hit) return { ...hit, ...about, cached: true };
  const pdf = await renderOnce()(
    key,
    async (shared) => {
      const version = await versionContentOf(head);
      const bytes = await pool.render(encodeRenderInput(version), shared);
      const rendered = { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
      cache.set(key, rendered);
      return rendered;
    },
    { signal, onStart: onRenderStart },
  );
  return { ...pdf, ...about, cached: false };
}
