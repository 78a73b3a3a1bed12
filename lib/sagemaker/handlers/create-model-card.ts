// CreateModelCard: version 1 through createCard, its tags, then the status asked for through the console's own transitions; Approved is refused before anything is created, since nobody approves a version they authored.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { createCard } from '@/lib/server/model-cards/create-card';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { archive } from '@/lib/server/model-cards/archive';
import { addCardTags } from '@/lib/server/card-tags/add-card-tags';
import type { TCreateModelCardRequest, TCreateModelCardResponse } from '../operations';
import { asContentError, cardArn } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function createModelCard(context: THandlerContext, request: TCreateModelCardRequest): Promise<TCreateModelCardResponse> {
  const { actor } = context;
  if (request.ModelCardStatus === 'Approved') {
    throw new AppError(
      'FORBIDDEN',
      'A model card cannot be created as Approved: you would be the author of its version 1, and nobody approves a version they authored. ' +
        'Create it as Draft or PendingReview and have a reviewer approve it.',
      { path: 'ModelCardStatus' },
    );
  }
  if (request.SecurityConfig?.KmsKeyId) {
    // Saying nothing would let the caller believe the content is encrypted under their KMS key.
    throw new AppError('INVALID_INPUT', 'SecurityConfig.KmsKeyId: Cardinal does not encrypt card content with AWS KMS keys; leave SecurityConfig out.', {
      path: 'SecurityConfig.KmsKeyId',
    });
  }
  const created = await createCard({ actor, name: request.ModelCardName, content: request.Content }).catch((error: unknown) => {
    throw asContentError(error);
  });
  const cardId = created.card.id;
  if (request.Tags?.length) await addCardTags({ actor, cardId, tags: request.Tags.map(({ Key, Value }) => ({ key: Key, value: Value })) });
  if (request.ModelCardStatus === 'PendingReview') await submitForReview({ actor, cardId, comment: 'Submitted through the SageMaker API' });
  if (request.ModelCardStatus === 'Archived') await archive({ actor, cardId, comment: 'Archived through the SageMaker API' });
  return { ModelCardArn: cardArn(context, created.card.name) };
}
