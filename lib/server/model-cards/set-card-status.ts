// SageMaker lets a caller set any card status; Cardinal reaches each status only by the review transition that leads to it (submit, approve, request changes, archive), with that transition's rules.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { archive } from './archive';
import type { TCardStatus } from './card-dto';

/** Used by UpdateModelCard and by UpdateModelPackage's ModelCard; a status the card already has changes nothing. */
export async function setCardStatus({
  actor,
  card,
  to,
  path = 'ModelCardStatus',
}: {
  actor: Actor | null;
  card: { id: string; name: string; status: TCardStatus; latestVersion: number };
  to: TCardStatus;
  /** The request member the status came in, named in a refusal. */
  path?: string;
}): Promise<void> {
  const cardId = card.id;
  if (card.status === to) return;
  switch (to) {
    case 'PendingReview':
      await submitForReview({ actor, cardId, comment: 'Submitted through the SageMaker API' });
      return;
    case 'Approved':
      // With High risk the first approval is recorded and the card stays PendingReview until a second reviewer approves.
      await approve({ actor, cardId, version: card.latestVersion, comment: 'Approved through the SageMaker API' });
      return;
    case 'Archived':
      await archive({ actor, cardId, comment: 'Archived through the SageMaker API' });
      return;
    case 'Draft':
      if (card.status === 'PendingReview') {
        await requestChanges({ actor, cardId, version: card.latestVersion, comment: 'Sent back to Draft through the SageMaker API' });
        return;
      }
      throw new AppError(
        'CONFLICT',
        card.status === 'Approved'
          ? `${card.name} is Approved; an approved version does not go back to Draft. Update its Content instead: the new version starts as Draft.`
          : `${card.name} is Archived; an archived card takes no further changes.`,
        { path, details: { status: card.status } },
      );
  }
}
