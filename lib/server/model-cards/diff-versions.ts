// Any two versions of a card can be compared field by field (diffContent), archived cards included.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { diffContent } from '@/lib/model-cards/diff-content';
import type { TContentDiff } from '@/lib/model-cards/diff-content';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { parseVersionNumber, requireCardReader } from './card-rules';
import { cardNotFound } from './card-errors';
import { USER_REF_SELECT } from './card-dto';
import type { UserRef } from './card-dto';

export type VersionRefDto = { version: number; contentHash: string; author: UserRef; createdAt: Date };
export type VersionDiffDto = { card: { id: string; name: string }; from: VersionRefDto; to: VersionRefDto; diff: TContentDiff };

const VERSION_SIDE_SELECT = { version: true, contentHash: true, author: { select: USER_REF_SELECT }, createdAt: true, content: true } as const;

export async function diffVersions({ actor, cardId, from, to }: { actor: Actor | null; cardId: string; from: number; to: number }): Promise<VersionDiffDto> {
  requireCardReader(actor);
  const numbers = { from: parseVersionNumber(from, 'from'), to: parseVersionNumber(to, 'to') };
  const card = await getDb().modelCard.findUnique({
    where: { id: cardId },
    select: { id: true, name: true, latestVersion: true, versions: { where: { version: { in: [numbers.from, numbers.to] } }, select: VERSION_SIDE_SELECT } },
  });
  if (!card) throw cardNotFound();
  return diffOf(card, card.versions, numbers);
}

/** The comparison of two versions of a card already found, for a reader already checked. */
export async function compareVersionsOf(
  card: { id: string; name: string; latestVersion: number },
  numbers: { from: number; to: number },
): Promise<VersionDiffDto> {
  const versions = await getDb().modelCardVersion.findMany({
    where: { cardId: card.id, version: { in: [numbers.from, numbers.to] } },
    select: VERSION_SIDE_SELECT,
  });
  return diffOf(card, versions, numbers);
}

type VersionSide = VersionRefDto & { content: string };

function diffOf(card: { id: string; name: string; latestVersion: number }, versions: VersionSide[], numbers: { from: number; to: number }): VersionDiffDto {
  const pick = (side: 'from' | 'to') => {
    const found = versions.find((row) => row.version === numbers[side]);
    if (!found) {
      throw new AppError('NOT_FOUND', `${side}: ${card.name} has no version ${numbers[side]}; its versions are 1 to ${card.latestVersion}.`, { path: side });
    }
    const { content, ...ref } = found;
    return { ref, content: JSON.parse(content) as TModelCardContent };
  };
  const before = pick('from');
  const after = pick('to');
  return { card: { id: card.id, name: card.name }, from: before.ref, to: after.ref, diff: diffContent(before.content, after.content) };
}
