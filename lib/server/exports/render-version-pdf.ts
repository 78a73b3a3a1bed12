// The PDF of one card version, for anyone who may read the card: the on-demand route and the export worker both render through here. This process reads the version (it owns the database); a child process lays the PDF out, so the server keeps answering meanwhile.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { renderInChildProcess } from '@/lib/pdf/render-in-child-process';
import type { RenderedPdf } from '@/lib/pdf/render-version-document';

export type VersionPdf = RenderedPdf & { cardName: string; version: number; contentHash: string };

export type RenderOptions = {
  /** Kills the render (a worker whose lease was taken over stops spending CPU on a PDF nobody will store). */
  signal?: AbortSignal;
  /** Told the renderer's process id once it has started. */
  onRenderStart?: (pid: number | undefined) => void;
};

export async function renderVersionPdf({
  actor,
  signal,
  onRenderStart,
  ...ref
}: { actor: Actor | null; version?: number } & RenderOptions & ({ cardName: string } | { cardId: string })): Promise<VersionPdf> {
  const cardId = 'cardId' in ref ? ref.cardId : (await getCard({ actor, name: ref.cardName })).id;
  const version = await getVersion({ actor, cardId, version: ref.version });
  const render = renderInChildProcess(version, { signal });
  onRenderStart?.(render.pid);
  const pdf = await render.pdf;
  return { ...pdf, cardName: version.card.name, version: version.version, contentHash: version.contentHash };
}
