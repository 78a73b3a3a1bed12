// Test data made fresh for each test: users with roles, valid content, cards with N versions through the real services; names never collide, so no test depends on another's data.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { TRole } from '@/lib/schemas/user';
import type { TModelCardContent, TRiskRating } from '@/lib/schemas/model-card-content';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import type { SavedVersionDto } from '@/lib/server/model-cards/card-dto';

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** A valid card name: the prefix (letters, digits, hyphens) and a random suffix. */
export function uniqueCardName(prefix = 'card'): string {
  return `${prefix}-${uniqueSuffix()}`;
}

/** Users are written directly: the card services only need the row, and password hashing would slow every test. */
export async function createTestUser(roles: TRole[], name = `User ${uniqueSuffix()}`): Promise<Actor> {
  return getDb().user.create({
    data: { name, email: `user-${uniqueSuffix()}@example.com`, roles },
    select: { id: true, email: true, name: true, roles: true },
  });
}

export type Team = { author: Actor; coauthor: Actor; reviewer: Actor; secondReviewer: Actor; admin: Actor; auditor: Actor };

export async function createTeam(): Promise<Team> {
  const [author, coauthor, reviewer, secondReviewer, admin, auditor] = await Promise.all([
    createTestUser(['author'], 'Ann Author'),
    createTestUser(['author'], 'Cal Coauthor'),
    createTestUser(['reviewer'], 'Rae Reviewer'),
    createTestUser(['reviewer'], 'Sam Second'),
    createTestUser(['admin'], 'Ada Admin'),
    createTestUser(['auditor'], 'Aud Auditor'),
  ]);
  return { author, coauthor, reviewer, secondReviewer, admin, auditor };
}

export function sampleContent({
  description = 'Predicts which customers will leave next quarter.',
  risk = 'Low',
  modelId,
  modelPackageArn,
}: { description?: string; risk?: TRiskRating; modelId?: string; modelPackageArn?: string } = {}): TModelCardContent {
  return {
    model_overview: { model_description: description, model_owner: 'risk-team', ...(modelId ? { model_id: modelId } : {}) },
    intended_uses: { purpose_of_model: 'Target retention offers.', risk_rating: risk },
    ...(modelPackageArn ? { model_package_details: { model_package_arn: modelPackageArn } } : {}),
  };
}

/** A card with `versions` versions (1 + saves by the same author), each with a different description. */
export async function createTestCard({
  author,
  name = uniqueCardName(),
  risk,
  versions = 1,
}: {
  author: Actor;
  name?: string;
  risk?: TRiskRating;
  versions?: number;
}): Promise<SavedVersionDto> {
  let saved = await createCard({ actor: author, name, content: sampleContent({ risk, description: 'Revision 1' }) });
  for (let version = 2; version <= versions; version++) {
    saved = await saveVersion({
      actor: author,
      cardId: saved.card.id,
      baseVersion: saved.version,
      content: sampleContent({ risk, description: `Revision ${version}` }),
    });
  }
  return saved;
}
