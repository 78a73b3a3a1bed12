// A review decides about one version: the card must be waiting for review and the version the reviewer read must still be the latest.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { cardArchived } from './card-tx';
import type { LockedCard } from './card-tx';

export function checkReviewable(card: LockedCard, version: number, deciding: string): void {
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
