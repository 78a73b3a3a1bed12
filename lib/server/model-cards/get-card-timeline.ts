// A card's timeline: every status change and every review, newest first, each naming who, when, which version (and its hash) and the comment; a review that itself moved the status is one entry, not two.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from './card-rules';
import { cardNotFound } from './card-errors';
import { REVIEW_SELECT, STATUS_CHANGE_SELECT } from './card-dto';
import type { TCardStatus, TReviewDecision, UserRef } from './card-dto';

/** A status change (fromStatus null: the card was created), or an approval that left the status as it was (the first of two on a High-risk card). */
export type TimelineEntryDto = {
  id: string;
  at: Date;
  version: number;
  contentHash: string;
  actor: UserRef;
  comment: string | null;
  /** Set when a reviewer's decision made this entry. */
  decision: TReviewDecision | null;
  /** Null for an approval that did not change the status. */
  change: { from: TCardStatus | null; to: TCardStatus } | null;
};

/** Enough for any real card's life; a longer one says so (`truncated`). */
const MAX_ENTRIES = 500;

/** The status a reviewer's decision moves a pending card to. */
const DECISION_TARGET: Record<TReviewDecision, TCardStatus> = { Approved: 'Approved', ChangesRequested: 'Draft' };

export type TimelineDto = { entries: TimelineEntryDto[]; truncated: boolean };

export async function getCardTimeline({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<TimelineDto> {
  requireCardReader(actor);
  if (!(await getDb().modelCard.findUnique({ where: { id: cardId }, select: { id: true } }))) throw cardNotFound();
  return timelineOf(cardId);
}

/** The timeline of a card already found, for a reader already checked. */
export async function timelineOf(cardId: string): Promise<TimelineDto> {
  const db = getDb();
  const [changes, reviews] = await Promise.all([
    db.cardStatusChange.findMany({ where: { cardId }, orderBy: { createdAt: 'desc' }, take: MAX_ENTRIES + 1, select: STATUS_CHANGE_SELECT }),
    db.review.findMany({ where: { cardId }, orderBy: { createdAt: 'desc' }, take: MAX_ENTRIES + 1, select: REVIEW_SELECT }),
  ]);
  // Each (version, round, reviewer, decision) has at most one review (a unique index) and at most one status change it caused, written in the
  // same transaction: a re-reviewed version has one such review per round, and the change folds the one nearest to it in time.
  const decisionKey = (version: number, actorId: string, to: TCardStatus) => `${version}:${actorId}:${to}`;
  const reviewsByKey = new Map<string, typeof reviews>();
  for (const review of reviews) {
    const key = decisionKey(review.version, review.reviewer.id, DECISION_TARGET[review.decision]);
    reviewsByKey.set(key, [...(reviewsByKey.get(key) ?? []), review]);
  }
  const folded = new Set<string>();
  const nearestUnfolded = (candidates: typeof reviews, at: Date) =>
    candidates
      .filter((review) => !folded.has(review.id))
      .sort((a, b) => Math.abs(a.createdAt.getTime() - at.getTime()) - Math.abs(b.createdAt.getTime() - at.getTime()))[0];
  const entries: TimelineEntryDto[] = changes.map((change) => {
    const candidates = change.fromStatus === 'PendingReview' ? reviewsByKey.get(decisionKey(change.version, change.actor.id, change.toStatus)) : undefined;
    const review = candidates ? nearestUnfolded(candidates, change.createdAt) : undefined;
    if (review) folded.add(review.id);
    return {
      id: change.id,
      at: change.createdAt,
      version: change.version,
      contentHash: change.contentHash,
      actor: change.actor,
      comment: change.comment ?? review?.comment ?? null,
      decision: review?.decision ?? null,
      change: { from: change.fromStatus, to: change.toStatus },
    };
  });
  for (const review of reviews) {
    if (folded.has(review.id)) continue;
    entries.push({
      id: review.id,
      at: review.createdAt,
      version: review.version,
      contentHash: review.contentHash,
      actor: review.reviewer,
      comment: review.comment,
      decision: review.decision,
      change: null,
    });
  }
  entries.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { entries: entries.slice(0, MAX_ENTRIES), truncated: entries.length > MAX_ENTRIES };
}
