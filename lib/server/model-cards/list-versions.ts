// A card's version history, 1..N, each with author, time, status, hash and review records, paged by version number.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';
import { cardNotFound } from './card-errors';
import { cursorNumber, decodeCursor, encodeCursor, parsePageSize } from './cursor';
import { loadVersionHistory } from './version-history';
import { VERSION_SUMMARY_SELECT } from './card-dto';
import type { Page, TCardStatus, VersionSummaryDto } from './card-dto';

export async function listVersions({
  actor,
  cardId,
  order = 'asc',
  limit,
  cursor,
}: {
  actor: Actor | null;
  cardId: string;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}): Promise<Page<VersionSummaryDto>> {
  requireCardReader(actor);
  const direction = order === 'desc' ? 'desc' : 'asc';
  const size = parsePageSize(limit, 100);
  const after = cursor === undefined ? undefined : cursorNumber(decodeCursor(cursor, `versions:${direction}`)[0]);
  const card = await getDb().modelCard.findUnique({ where: { id: cardId }, select: { id: true, status: true, latestVersion: true } });
  if (!card) throw cardNotFound();
  return versionPageOf(card, { order: direction, size, after });
}

/** A page of versions of a card already read (and its reader already checked); `after` is the last version of the previous page. */
export async function versionPageOf(
  card: { id: string; status: TCardStatus; latestVersion: number },
  { order, size, after }: { order: 'asc' | 'desc'; size: number; after?: number },
): Promise<Page<VersionSummaryDto>> {
  const listing = `versions:${order}`;
  const rows = await getDb().modelCardVersion.findMany({
    where: { cardId: card.id, ...(after === undefined ? {} : { version: order === 'desc' ? { lt: after } : { gt: after } }) },
    orderBy: { version: order },
    take: size + 1,
    select: VERSION_SUMMARY_SELECT,
  });
  const page = rows.slice(0, size);
  const history = await loadVersionHistory(
    card,
    page.map((row) => row.version),
  );
  return {
    items: page.map((row) => ({ ...row, status: history.statusOf(row.version), reviews: history.reviewsOf(row.version) })),
    nextCursor: rows.length > size ? encodeCursor(listing, [page[page.length - 1].version]) : null,
  };
}
