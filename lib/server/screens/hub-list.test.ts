// The hub offers Archive and Delete on exactly the cards whose services accept them, for an owner, another author and an admin.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { listHubCards } from './hub-list';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

const KINDS = ['draft', 'pending', 'approved', 'reworked', 'archived', 'others-draft'] as const;
type Kind = (typeof KINDS)[number];

/** One card of each kind, the first five owned by the author: never approved, waiting, approved, approved once and changed since, archived; and a Draft of another author's. */
async function shelf(prefix: string): Promise<void> {
  const make = (kind: Kind, author: Actor) => createTestCard({ author, name: `${prefix}-${kind}` });
  const [, pending, approved, reworked, archived] = await Promise.all([
    make('draft', team.author),
    make('pending', team.author),
    make('approved', team.author),
    make('reworked', team.author),
    make('archived', team.author),
    make('others-draft', team.coauthor),
  ]);
  for (const saved of [pending, approved, reworked]) await submitForReview({ actor: team.author, cardId: saved.card.id });
  for (const saved of [approved, reworked]) await approve({ actor: team.reviewer, cardId: saved.card.id, version: 1 });
  await saveVersion({ actor: team.author, cardId: reworked.card.id, baseVersion: 1, content: sampleContent({ description: 'Revision 2' }) });
  await archive({ actor: team.author, cardId: archived.card.id });
}

async function offered(actor: Actor, prefix: string) {
  const parsed = parseCardListQuery({ name: prefix, sort: 'name' });
  if (!parsed.ok) throw new Error(parsed.message);
  const list = await listHubCards({ actor, query: parsed.query });
  return new Map(list.items.map((card) => [card.name.slice(prefix.length + 1) as Kind, { id: card.id, ...card.actions }]));
}

async function accepted(attempt: Promise<unknown>): Promise<boolean> {
  try {
    await attempt;
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'FORBIDDEN' || (error as { code?: string }).code === 'ARCHIVED') return false;
    throw error;
  }
}

const EXPECTED: Record<'owner' | 'other author' | 'admin', { archive: Kind[]; delete: Kind[] }> = {
  owner: { archive: ['draft', 'pending', 'approved', 'reworked'], delete: ['draft'] },
  'other author': { archive: ['others-draft'], delete: ['others-draft'] },
  admin: { archive: ['draft', 'pending', 'approved', 'reworked', 'others-draft'], delete: [...KINDS] },
};

describe('listHubCards: the bulk actions offered', () => {
  for (const [who, expected] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, (typeof EXPECTED)[keyof typeof EXPECTED]][]) {
    it(`are what archive and deleteCard accept, card by card, for the ${who}`, async () => {
      const actor = { owner: team.author, 'other author': team.coauthor, admin: team.admin }[who];
      const forArchive = `hub-a-${uniqueSuffix()}`;
      const forDelete = `hub-d-${uniqueSuffix()}`;
      await Promise.all([shelf(forArchive), shelf(forDelete)]);
      const archiveOffers = await offered(actor, forArchive);
      const deleteOffers = await offered(actor, forDelete);
      expect([...archiveOffers.keys()].sort()).toEqual([...KINDS].sort());

      expect(KINDS.filter((kind) => archiveOffers.get(kind)!.canArchive)).toEqual(expected.archive);
      expect(KINDS.filter((kind) => deleteOffers.get(kind)!.canDelete)).toEqual(expected.delete);
      for (const kind of KINDS) {
        expect(await accepted(archive({ actor, cardId: archiveOffers.get(kind)!.id })), `archive ${kind}`).toBe(archiveOffers.get(kind)!.canArchive);
        expect(await accepted(deleteCard({ actor, cardId: deleteOffers.get(kind)!.id })), `delete ${kind}`).toBe(deleteOffers.get(kind)!.canDelete);
      }
    });
  }

  it('offers nothing to an auditor or a reviewer', async () => {
    const prefix = `hub-n-${uniqueSuffix()}`;
    await shelf(prefix);
    for (const actor of [team.auditor, team.reviewer]) {
      const offers = await offered(actor, prefix);
      expect([...offers.values()].some((card) => card.canArchive || card.canDelete)).toBe(false);
    }
  });
});
