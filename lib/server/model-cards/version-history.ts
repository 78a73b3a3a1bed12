// A version's status is the last status it had (the card's own for the latest version); versions saved from Draft have no status change of their own and are Draft.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { REVIEW_SELECT, STATUS_CHANGE_SELECT } from './card-dto';
import type { ReviewDto, StatusChangeDto, TCardStatus } from './card-dto';

export type VersionHistory = {
  statusOf(version: number): TCardStatus;
  reviewsOf(version: number): ReviewDto[];
  statusChangesOf(version: number): StatusChangeDto[];
};

export async function loadVersionHistory(card: { id: string; status: TCardStatus; latestVersion: number }, versions: number[]): Promise<VersionHistory> {
  const db = getDb();
  const where = { cardId: card.id, version: { in: versions } };
  // Status changes of one card have strictly increasing times (changeTime), so this order is the order they happened in.
  const [reviews, changes] = await Promise.all([
    db.review.findMany({ where, orderBy: { createdAt: 'asc' }, select: REVIEW_SELECT }),
    db.cardStatusChange.findMany({ where, orderBy: { createdAt: 'asc' }, select: STATUS_CHANGE_SELECT }),
  ]);
  return versionHistoryFrom(card, reviews, changes);
}

/** The history of versions whose reviews and status changes (each in the order they happened) were read already. */
export function versionHistoryFrom(card: { status: TCardStatus; latestVersion: number }, reviews: ReviewDto[], changes: StatusChangeDto[]): VersionHistory {
  const statusChangesOf = (version: number) => changes.filter((change) => change.version === version);
  return {
    statusOf: (version) => (version === card.latestVersion ? card.status : (statusChangesOf(version).at(-1)?.toStatus ?? 'Draft')),
    reviewsOf: (version) => reviews.filter((review) => review.version === version),
    statusChangesOf,
  };
}
