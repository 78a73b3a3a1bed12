// A card's version history, 1..N, each with author, time, status, hash and review records, paged by version number.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';
import { cardNotFound } from './card-errors';
import { cursorNumber, decodeCursor, encodeCursor, parsePageSize } from './cursor';
import { loadVersionHistory } from './version-history';
import { VERSION_SUMMARY_SELECT } from './card-dto';
import type { Page, VersionSummaryDto } from './card-dto';

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
  const size = parsePageSize(limit, 100);
  const listing = `versions:${order === 'desc' ? 'desc' : 'asc'}`;
  const after = cursor === undefined ? undefined : cursorNumber(decodeCursor(cursor, listing)[0]);
  const db = getDb();
  const card = await db.modelCard.findUnique({ where: { id: cardId }, select: { id: true, status: true, latestVersion: true } });
  if (!card) throw cardNotFound();
  const rows = await db.modelCardVersion.findMany({
    where: { cardId, ...(after === undefined ? {} : { version: order === 'desc' ? { lt: after } : { gt: after } }) },
    orderBy: { version: order === 'desc' ? 'desc' : 'asc' },
    take: size + 1,
    select: VERSION_SUMMARY_SELECT,
  });
  const page = rows.slice(0, size);
  const history = await loadVersionHistory(card, page.map((row) => row.version));
  return {
    items: page.map((row) => ({ ...row, status: history.statusOf(row.version), reviews: history.reviewsOf(row.version) })),
    nextCursor: rows.length > size ? encodeCursor(listing, [page[page.length - 1].version]) : null,
  };
}
