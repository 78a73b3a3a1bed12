// Cloning starts the wizard on a card's latest content without its links (model_overview.model_id, model_package_details.model_package_arn), because each model and each package version has one card and it stays with the source; createCard with clonedFrom saves the result as a new card's version 1.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { requireCardAuthor } from './card-rules';
import { cardNamedNotFound } from './card-errors';

export type CloneSourceDto = {
  name: string;
  /** The version the content comes from: the source's latest. */
  version: number;
  content: TModelCardContent;
  /** The source's model_overview.model_id, left out of the content; null when the source linked no model. */
  droppedModelId: string | null;
  /** The source's model_package_details.model_package_arn, left out of the content; null when the source linked no package version. */
  droppedModelPackageArn: string | null;
};

export async function getCloneSource({ actor, name }: { actor: Actor | null; name: string }): Promise<CloneSourceDto> {
  requireCardAuthor(actor, 'clone model cards');
  const card = await getDb().modelCard.findUnique({
    where: { name },
    select: { name: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, content: true } } },
  });
  if (!card) throw cardNamedNotFound(name);
  const [latest] = card.versions;
  const { model_overview: overview, model_package_details: packageDetails, ...rest } = JSON.parse(latest.content) as TModelCardContent;
  const { model_id: droppedModelId, ...keptOverview } = overview ?? {};
  const { model_package_arn: droppedModelPackageArn, ...keptPackageDetails } = packageDetails ?? {};
  const content: TModelCardContent = { ...rest };
  if (overview) content.model_overview = keptOverview;
  if (packageDetails) content.model_package_details = keptPackageDetails;
  return { name: card.name, version: latest.version, content, droppedModelId: droppedModelId || null, droppedModelPackageArn: droppedModelPackageArn || null };
}
