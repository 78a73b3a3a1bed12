// What a card documents, for the cards the registry links: a package's embedded card keeps its package link whatever its content says, and names no model and no other package; a package version taken by another card is refused naming that card.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { PreparedContent } from './card-rules';

export type CardLink = { name: string; packageCard: boolean; modelPackageArn: string | null };

/**
 * The link columns a new version of this card writes. An embedded package card's content is in the
 * package-card form (no model_package_details), so its link is the column it was created with.
 */
export function linkColumnsFor(card: CardLink, prepared: PreparedContent): { modelId: string | null; modelPackageArn: string | null } {
  if (!card.packageCard) return { modelId: prepared.modelId, modelPackageArn: prepared.modelPackageArn };
  if (prepared.modelId) {
    throw new AppError(
      'INVALID_INPUT',
      `model_overview.model_id: ${card.name} is the card of model package ${card.modelPackageArn}, so it cannot also document the model ${prepared.modelId}. Remove model_id.`,
      { path: 'model_overview.model_id' },
    );
  }
  if (prepared.modelPackageArn && prepared.modelPackageArn !== card.modelPackageArn) {
    throw new AppError(
      'INVALID_INPUT',
      `model_package_details.model_package_arn: ${card.name} is the card of model package ${card.modelPackageArn}; it cannot document ${prepared.modelPackageArn}.`,
      { path: 'model_package_details.model_package_arn' },
    );
  }
  return { modelId: null, modelPackageArn: card.modelPackageArn };
}

/** After a transaction failed on the unique package link: the card that already documents that package version, or null. */
export async function packageLinkTakenError(modelPackageArn: string | null, cardId?: string): Promise<AppError | null> {
  if (!modelPackageArn) return null;
  const holder = await getDb().modelCard.findUnique({ where: { modelPackageArn }, select: { id: true, name: true } });
  if (!holder || holder.id === cardId) return null;
  return new AppError(
    'CONFLICT',
    `model_package_details.model_package_arn: the model package ${modelPackageArn} already has a model card, ${holder.name}. Each package version has one card; edit ${holder.name} instead.`,
    { path: 'model_package_details.model_package_arn', details: { cardId: holder.id, cardName: holder.name } },
  );
}
