// The PDF of one card version, for anyone who may read the card: the on-demand route and the export worker both render through here.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { renderVersionDocument } from '@/lib/pdf/render-version-document';
import type { RenderedPdf } from '@/lib/pdf/render-version-document';

export type VersionPdf = RenderedPdf & { cardName: string; version: number; contentHash: string };

export async function renderVersionPdf({
  actor,
  ...ref
}: { actor: Actor | null; version?: number } & ({ cardName: string } | { cardId: string })): Promise<VersionPdf> {
  const cardId = 'cardId' in ref ? ref.cardId : (await getCard({ actor, name: ref.cardName })).id;
  const version = await getVersion({ actor, cardId, version: ref.version });
  const pdf = await renderVersionDocument(version);
  return { ...pdf, cardName: version.card.name, version: version.version, contentHash: version.contentHash };
}
