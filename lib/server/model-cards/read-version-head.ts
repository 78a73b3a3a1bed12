// A version without its content, for whoever may read the card, in one statement: what a PDF's cache key needs, so a repeat view reads
// one row of JSON instead of ten queries (the card, its three people, the version and its author, reviews, status changes and theirs).
import 'server-only';
import { getDb } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { Actor } from '@/lib/server/auth/actor';
import { parseVersionNumber, requireCardReader } from './card-rules';
import { cardRefNotFound, versionNotFound } from './card-errors';
import { versionHistoryFrom } from './version-history';
import type { CardDto, ReviewDto, StatusChangeDto, TCardStatus, UserRef, VersionHeadDto } from './card-dto';

/** Times cross as milliseconds since the epoch: json_build_object would print a timestamp without its time zone. */
const ms = (column: string) => Prisma.raw(`round(extract(epoch from ${column}) * 1000)::float8`);
const user = (alias: string) => Prisma.raw(`json_build_object('id', ${alias}."id", 'name', ${alias}."name", 'email', ${alias}."email")`);

type Row = {
  card: Omit<CardDto, 'createdAt' | 'updatedAt'> & { createdAt: number; updatedAt: number };
  version: { version: number; contentHash: string; author: UserRef; createdAt: number } | null;
  reviews: (Omit<ReviewDto, 'createdAt'> & { createdAt: number })[];
  statusChanges: (Omit<StatusChangeDto, 'createdAt'> & { createdAt: number })[];
};

export async function readVersionHead({
  actor,
  version,
  ...ref
}: { actor: Actor | null; version?: number } & ({ cardId: string } | { name: string })): Promise<VersionHeadDto> {
  requireCardReader(actor);
  const number = version === undefined ? null : parseVersionNumber(version, 'version');
  const which = 'cardId' in ref ? Prisma.sql`c."id" = ${ref.cardId}` : Prisma.sql`c."name" = ${ref.name}`;
  const wanted = Prisma.sql`COALESCE(${number}::int, c."latestVersion")`;
  // Reviews and status changes in the order they happened, as loadVersionHistory reads them.
  const rows = await getDb().$queryRaw<{ head: string }[]>`
    SELECT json_build_object(
      'card', json_build_object(
        'id', c."id", 'name', c."name", 'status', c."status", 'latestVersion', c."latestVersion", 'riskRating', c."riskRating",
        'modelId', c."modelId", 'modelPackageArn', c."modelPackageArn", 'owner', ${user('o')}, 'createdBy', ${user('cb')},
        'createdAt', ${ms('c."createdAt"')}, 'updatedBy', ${user('ub')}, 'updatedAt', ${ms('c."updatedAt"')},
        'clonedFromName', c."clonedFromName", 'clonedFromVersion', c."clonedFromVersion"),
      'version', (
        SELECT json_build_object('version', v."version", 'contentHash', v."contentHash", 'author', ${user('a')}, 'createdAt', ${ms('v."createdAt"')})
        FROM "ModelCardVersion" v JOIN "User" a ON a."id" = v."authorId"
        WHERE v."cardId" = c."id" AND v."version" = ${wanted}),
      'reviews', COALESCE((
        SELECT json_agg(json_build_object(
          'id', r."id", 'version', r."version", 'contentHash', r."contentHash", 'reviewer', ${user('ru')}, 'decision', r."decision",
          'comment', r."comment", 'createdAt', ${ms('r."createdAt"')}) ORDER BY r."createdAt")
        FROM "Review" r JOIN "User" ru ON ru."id" = r."reviewerId"
        WHERE r."cardId" = c."id" AND r."version" = ${wanted}), '[]'::json),
      'statusChanges', COALESCE((
        SELECT json_agg(json_build_object(
          'id', s."id", 'version', s."version", 'contentHash', s."contentHash", 'fromStatus', s."fromStatus", 'toStatus', s."toStatus",
          'actor', ${user('sa')}, 'comment', s."comment", 'createdAt', ${ms('s."createdAt"')}) ORDER BY s."createdAt")
        FROM "CardStatusChange" s JOIN "User" sa ON sa."id" = s."actorId"
        WHERE s."cardId" = c."id" AND s."version" = ${wanted}), '[]'::json)
    )::text AS "head"
    FROM "ModelCard" c
    JOIN "User" o ON o."id" = c."ownerId"
    JOIN "User" cb ON cb."id" = c."createdById"
    JOIN "User" ub ON ub."id" = c."updatedById"
    WHERE ${which}`;
  if (rows.length === 0) throw cardRefNotFound(ref);
  const row = JSON.parse(rows[0].head) as Row;
  const card: CardDto = { ...row.card, createdAt: new Date(row.card.createdAt), updatedAt: new Date(row.card.updatedAt) };
  const head = row.version;
  if (!head) throw versionNotFound(card, number ?? card.latestVersion);
  const history = versionHistoryFrom(
    card,
    row.reviews.map((review) => ({ ...review, createdAt: new Date(review.createdAt) })),
    row.statusChanges.map((change) => ({ ...change, fromStatus: change.fromStatus as TCardStatus | null, createdAt: new Date(change.createdAt) })),
  );
  return {
    ...head,
    createdAt: new Date(head.createdAt),
    card,
    isLatest: head.version === card.latestVersion,
    status: history.statusOf(head.version),
    reviews: history.reviewsOf(head.version),
    statusChanges: history.statusChangesOf(head.version),
  };
}
