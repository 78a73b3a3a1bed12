// A review decides about one version: the card must be waiting for review, the version the reviewer read must still be the latest, nobody approves a version they authored, and each reviewer decides once per version and kind.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { cardArchived } from './card-errors';
import type { LockedCard } from './card-lock';

/** The card fields the review rules look at; a LockedCard inside a transaction, the card as read for the card page's permissions. */
export type ReviewedCard = Pick<LockedCard, 'name' | 'status' | 'latestVersion'>;

export function checkReviewable(card: ReviewedCard, version: number, deciding: string): void {
  if (card.status === 'Archived') throw cardArchived();
  if (version !== card.latestVersion) {
    throw new AppError(
      'CONFLICT',
      `Version ${card.latestVersion} is now the latest version of ${card.name}; you reviewed version ${version}. Review version ${card.latestVersion} before you ${deciding}.`,
      { details: { latestVersion: card.latestVersion } },
    );
  }
  if (card.status !== 'PendingReview') {
    throw new AppError('CONFLICT', `${card.name} is not waiting for review (its status is ${card.status}), so you cannot ${deciding}.`, {
      details: { status: card.status },
    });
  }
}

/** Separation of duties, then one approval per reviewer: a High-risk card's second approval must come from someone else. */
export function checkMayApprove(card: ReviewedCard, version: number, facts: { reviewerId: string; versionAuthorId: string; alreadyApproved: boolean }): void {
  if (facts.versionAuthorId === facts.reviewerId) throw new AppError('FORBIDDEN', 'You authored this version, so you cannot approve it');
  if (facts.alreadyApproved) {
    throw new AppError('CONFLICT', `You have already approved version ${version} of ${card.name}; it is waiting for a second reviewer.`);
  }
}

/** One decision per reviewer, version and kind (the Review unique index): a version resubmitted unchanged needs a new version or an approval. */
export function checkMayRequestChanges(card: ReviewedCard, version: number, alreadyRequested: boolean): void {
  if (alreadyRequested) {
    throw new AppError(
      'CONFLICT',
      `You already requested changes to version ${version} of ${card.name}. Ask the author to save a new version with the changes.`,
    );
  }
}
