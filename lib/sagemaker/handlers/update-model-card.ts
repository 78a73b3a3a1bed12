// UpdateModelCard: Content becomes a new version based on the card's latest (unchanged content saves nothing and succeeds, as the SDK's update() expects); ModelCardStatus goes through the console's transition for that status, with its rules.
import 'server-only';
import { isAppError } from '@/lib/server/errors';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { setCardStatus } from '@/lib/server/model-cards/set-card-status';
import type { CardDto } from '@/lib/server/model-cards/card-dto';
import type { TUpdateModelCardRequest, TUpdateModelCardResponse } from '../operations';
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

export async function updateModelCard(context: THandlerContext, request: TUpdateModelCardRequest): Promise<TUpdateModelCardResponse> {
  const card = await findCard(context, cardNameOf(context, 'ModelCardName', request.ModelCardName));
  // The request schema has already refused Content and ModelCardStatus together.
  if (request.Content !== undefined) await saveContent(context, card, request.Content);
  if (request.ModelCardStatus !== undefined) await setCardStatus({ actor: context.actor, card, to: request.ModelCardStatus });
  return { ModelCardArn: cardArn(context, card.name) };
}
