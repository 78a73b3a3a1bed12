// A card write refused by a unique index names what was taken: the card name, or the model or package version another card already documents.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { packageLinkTakenError } from './package-card-link';

/** The transaction has rolled back; this looks up which card holds the claim so the user is told. Any other error comes back unchanged. */
export async function explainUniqueViolation(
  error: unknown,
  claim: { name?: string; modelId: string | null; modelPackageArn?: string | null; cardId?: string },
): Promise<unknown> {
  if (!isUniqueViolation(error)) return error;
  const db = getDb();
  if (claim.name && (await db.modelCard.findUnique({ where: { name: claim.name }, select: { id: true } }))) {
    return new AppError('CONFLICT', `A model card named ${claim.name} already exists. Card names are unique; choose another name.`, { path: 'name' });
  }
  if (claim.modelId) {
    const holder = await db.modelCard.findUnique({ where: { modelId: claim.modelId }, select: { id: true, name: true } });
    if (holder && holder.id !== claim.cardId) {
      return new AppError(
        'CONFLICT',
        `model_overview.model_id: the model ${claim.modelId} already has a model card, ${holder.name}. Each model has one card; edit ${holder.name} instead.`,
        { path: 'model_overview.model_id', details: { cardId: holder.id, cardName: holder.name } },
      );
    }
  }
  return (await packageLinkTakenError(claim.modelPackageArn ?? null, claim.cardId)) ?? error;
}
