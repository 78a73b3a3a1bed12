// A registered model's card is the one whose model_overview.model_id is the model's ARN (ModelCard.modelId, unique).
import 'server-only';
import type { Db, Tx } from '@/lib/server/db';
import type { DocumentingCardDto } from './registry-dto';

export async function findModelCard(db: Tx | Db, modelArn: string): Promise<DocumentingCardDto | null> {
  const card = await db.modelCard.findUnique({
    where: { modelId: modelArn },
    select: { id: true, name: true, status: true, latestVersion: true, packageCard: true, updatedAt: true },
  });
  if (!card) return null;
  const latest = await db.modelCardVersion.findUniqueOrThrow({
    where: { cardId_version: { cardId: card.id, version: card.latestVersion } },
    select: { contentHash: true },
  });
  return { ...card, contentHash: latest.contentHash };
}
