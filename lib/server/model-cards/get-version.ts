// Any version of a card can be read in full, exactly as saved, with its reviews and status changes; an Archived card stays readable.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { parseVersionNumber, requireCardReader } from './card-rules';
import { cardNotFound, versionNotFound } from './card-errors';
import { loadVersionHistory } from './version-history';
import { CARD_SELECT, VERSION_SUMMARY_SELECT } from './card-dto';
import type { CardDto, VersionDto, VersionHeadDto } from './card-dto';

export async function getVersion({
  actor,
  cardId,
  version,
}: {
  actor: Actor | null;
  cardId: string;
  /** Omitted: the latest version. */
  version?: number;
}): Promise<VersionDto> {
  requireCardReader(actor);
  const card = await getDb().modelCard.findUnique({ where: { id: cardId }, select: CARD_SELECT });
  if (!card) throw cardNotFound();
  return versionOf(card, version === undefined ? card.latestVersion : parseVersionNumber(version, 'version'));
}

/** A version of a card already read (and its reader already checked), for services that show the card and a version together. */
export async function versionOf(card: CardDto, number: number): Promise<VersionDto> {
  const row = await getDb().modelCardVersion.findUnique({
    where: { cardId_version: { cardId: card.id, version: number } },
    select: { ...VERSION_SUMMARY_SELECT, content: true },
  });
  if (!row) throw versionNotFound(card, number);
  const history = await loadVersionHistory(card, [number]);
  const { content: contentText, ...summary } = row;
  return {
    ...summary,
    card,
    isLatest: number === card.latestVersion,
    status: history.statusOf(number),
    contentText,
    content: JSON.parse(contentText) as TModelCardContent,
    reviews: history.reviewsOf(number),
    statusChanges: history.statusChangesOf(number),
  };
}

/** The content of a version whose head was read; a version never changes, so it is the content the head's contentHash names. */
export async function versionContentOf(head: VersionHeadDto): Promise<VersionDto> {
  const row = await getDb().modelCardVersion.findUnique({
    where: { cardId_version: { cardId: head.card.id, version: head.version } },
    select: { content: true },
  });
  if (!row) throw versionNotFound(head.card, head.version);
  return { ...head, contentText: row.content, content: JSON.parse(row.content) as TModelCardContent };
}
