// The ModelCard member of CreateModelPackage and UpdateModelPackage as the registry services take it: creating needs content and a status; an update changes content or status, never both in one call (as UpdateModelCard).
import 'server-only';
import { AppError } from '@/lib/server/errors';
import type { TModelPackageModelCard } from '../registry-operations';

export function packageCardOf(card: TModelPackageModelCard | undefined, use: 'create'): { content: string; status: NonNullable<TModelPackageModelCard['ModelCardStatus']> } | undefined;
export function packageCardOf(card: TModelPackageModelCard | undefined, use: 'update'): { content?: string; status?: TModelPackageModelCard['ModelCardStatus'] } | undefined;
export function packageCardOf(card: TModelPackageModelCard | undefined, use: 'create' | 'update') {
  if (card === undefined) return undefined;
  const { ModelCardContent: content, ModelCardStatus: status } = card;
  if (use === 'create') {
    if (content === undefined) throw new AppError('INVALID_INPUT', 'ModelCard.ModelCardContent: required; send the card content (model_card JSON without model_package_details)', { path: 'ModelCard.ModelCardContent' });
    if (status === undefined) throw new AppError('INVALID_INPUT', 'ModelCard.ModelCardStatus: required; Draft or PendingReview', { path: 'ModelCard.ModelCardStatus' });
    return { content, status };
  }
  if (content === undefined && status === undefined) {
    throw new AppError('INVALID_INPUT', 'ModelCard: send ModelCardContent for a new card version, or ModelCardStatus for a status change', { path: 'ModelCard' });
  }
  if (content !== undefined && status !== undefined) {
    // A content change makes a new version and a status change does not; SageMaker's SDK sends them in two calls too.
    throw new AppError('INVALID_INPUT', 'ModelCard: ModelCardContent and ModelCardStatus cannot both be set in one UpdateModelPackage call; send them in two calls', {
      path: 'ModelCard.ModelCardStatus',
    });
  }
  return content !== undefined ? { content } : { status };
}
