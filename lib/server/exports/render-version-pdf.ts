// The PDF of one card version, for anyone who may read the card: the on-demand route and the export worker both render through here. This process reads the version (it owns the database); a warm renderer process lays the PDF out, so the server keeps answering meanwhile, and a version rendered before with the same review chain comes from the cache.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '@/lib/server/auth/actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { versionOf } from '@/lib/server/model-cards/get-version';
import { parseVersionNumber } from '@/lib/server/model-cards/card-rules';
import { getRenderPool } from '@/lib/pdf/render-pool';
import { getPdfCache, pdfCacheKey } from '@/lib/pdf/pdf-cache';
import { encodeRenderInput } from '@/lib/pdf/render-input';
import { pdfFileName } from '@/lib/pdf/pdf-file-name';

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

export async function renderVersionPdf({
  actor,
  signal,
  onRenderStart,
  ...ref
}: { actor: Actor | null; version?: number } & RenderOptions & ({ cardName: string } | { cardId: string })): Promise<VersionPdf> {
  // The card read once (getVersion would read it again): a repeat view is mostly these reads.
  const card = await getCard({ actor, ...('cardId' in ref ? { cardId: ref.cardId } : { name: ref.cardName }) });
  const version = await versionOf(card, ref.version === undefined ? card.latestVersion : parseVersionNumber(ref.version, 'version'));
  const pool = getRenderPool();
  const cache = getPdfCache();
  const key = pdfCacheKey(version, await pool.rendererVersion());
  const about = {
    fileName: pdfFileName(version.card.name, version.version),
    cardName: version.card.name,
    version: version.version,
    contentHash: version.contentHash,
  };
  const hit = cache.get(key);
  if (hit) return { ...hit, ...about, cached: true };
  const bytes = await pool.render(encodeRenderInput(version), { signal, onStart: onRenderStart });
  const pdf = { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  cache.set(key, pdf);
  return { ...pdf, ...about, cached: false };
}
