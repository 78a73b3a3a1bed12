// UpdateModelCard: Content becomes a new version based on the card's latest (unchanged content saves nothing and succeeds, as the SDK's update() expects); ModelCardStatus goes through the console's transition for that status, with its rules.
import 'server-only';
import { AppError, isAppError } from '@/lib/server/errors';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { requestChanges } from '@/lib/server/model-cards/request-changes';
import { archive } from '@/lib/server/model-cards/archive';
import type { CardDto } from '@/lib/server/model-cards/card-dto';
import type { TModelCardStatus, TUpdateModelCardRequest, TUpdateModelCardResponse } from '../operations';
import { asContentError, cardArn, cardNameOf, findCard } from './handler-context';
import type { THandlerContext } from './handler-context';

async function saveContent(context: THandlerContext, card: CardDto, content: string): Promise<void> {
  try {
    await saveVersion({ actor: context.actor, cardId: card.id, baseVersion: card.latestVersion, content });
  } catch (error) {
    if (isAppError(error) && error.code === 'NO_CHANGES') return;
    throw asContentError(error);
  }
}

/**
 * SageMaker lets any status be set; Cardinal keeps its review workflow, so each status is reached only by the
 * transition that leads to it, and the services refuse what their rules refuse.
 */
async function changeStatus(context: THandlerContext, card: CardDto, to: TModelCardStatus): Promise<void> {
  const { actor } = context;
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
        { path: 'ModelCardStatus', details: { status: card.status } },
      );
  }
}

export async function updateModelCard(context: THandlerContext, request: TUpdateModelCardRequest): Promise<TUpdateModelCardResponse> {
  const card = await findCard(context, cardNameOf(context, 'ModelCardName', request.ModelCardName));
  // The request schema has already refused Content and ModelCardStatus together.
  if (request.Content !== undefined) await saveContent(context, card, request.Content);
  if (request.ModelCardStatus !== undefined) await changeStatus(context, card, request.ModelCardStatus);
  return { ModelCardArn: cardArn(context, card.name) };
}
