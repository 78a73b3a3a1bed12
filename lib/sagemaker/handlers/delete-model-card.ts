// DeleteModelCard: the card and its whole history go through deleteCard, with its rules (admins; owners only for never-approved Drafts); deletion is immediate, so nothing is ever left in a Delete* processing status.
import 'server-only';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import type { TDeleteModelCardRequest, TDeleteModelCardResponse } from '../operations';
import { findCard } from './handler-context';
import type { THandlerContext } from './handler-context';

export async function deleteModelCard(context: THandlerContext, request: TDeleteModelCardRequest): Promise<TDeleteModelCardResponse> {
  const card = await findCard(context, request.ModelCardName);
  await deleteCard({ actor: context.actor, cardId: card.id });
  return {};
}
