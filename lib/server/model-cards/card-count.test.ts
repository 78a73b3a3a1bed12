// The hub's counts (CardCount, kept by a trigger at each commit) equal a full count of the cards after writers change cards at once, and
// so does CardSearch, the copy of name, status and risk that the counts under a name search read:
// moves between statuses and risks in opposite directions inside multi-card transactions, new cards, new versions with another risk,
// status changes through the services, deletions and a rollback. On PostgreSQL the writers run on separate connections.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { CARD_STATUSES } from './card-dto';
import { countCards } from './count-cards';
import { countCardFacets } from './count-card-facets';
import { saveVersion } from './save-version';
import { submitForReview } from './submit-for-review';
import { archive } from './archive';
import { deleteCard } from './delete-card';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

/** status/risk → cards, zero cells left out, for both sides of the comparison. */
async function summaryCells(): Promise<Record<string, number>> {
  const rows = await database.db.cardCount.findMany();
  return Object.fromEntries(rows.filter((row) => row.cards !== 0).map((row) => [`${row.status}/${row.riskRating}`, row.cards]));
}

async function fullCountCells(): Promise<Record<string, number>> {
  const groups = await database.db.modelCard.groupBy({ by: ['status', 'riskRating'], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [`${group.status}/${group.riskRating}`, group._count._all]));
}

async function expectCountsExact() {
  const full = await fullCountCells();
  expect(await summaryCells()).toEqual(full);
  const cells = Object.entries(full).map(([key, cards]) => {
    const [status, riskRating] = key.split('/') as [(typeof CARD_STATUSES)[number], (typeof RISK_RATINGS)[number]];
    return { status, riskRating, cards };
  });
  expect(await countCards({ actor: team.auditor })).toEqual(countCardFacets({}, cells));
  await expectSearchCopyExact();
}

/** CardSearch, the copy the counts under a name search read, follows the same changes: row for row, and counted as the cards are. */
async function expectSearchCopyExact() {
  const cards = await database.db.modelCard.findMany({ select: { id: true, nameLower: true, status: true, riskRating: true }, orderBy: { id: 'asc' } });
  const copies = await database.db.cardSearch.findMany({ orderBy: { cardId: 'asc' } });
  expect(copies).toEqual(cards.map(({ id, ...card }) => ({ cardId: id, ...card })));
  for (const term of ['card', 'RD-', 'no-such-card']) {
    const groups = await database.db.modelCard.groupBy({
      by: ['status', 'riskRating'],
      where: { name: { contains: term, mode: 'insensitive' } },
      _count: { _all: true },
    });
    const cells = groups.map((group) => ({ status: group.status, riskRating: group.riskRating, cards: group._count._all }));
    expect(await countCards({ actor: team.auditor, filters: { nameContains: term } }), term).toEqual(countCardFacets({ nameContains: term }, cells));
  }
}

/** A small deterministic generator, so a failure replays the same moves. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

describe('CardCount under concurrent writers', () => {
  it('6 writers moving up to 4 cards per transaction between statuses and risks lose no change and do not deadlock', async () => {
    const cards = await Promise.all(Array.from({ length: 10 }, () => createTestCard({ author: team.author })));
    const ids = cards.map((saved) => saved.card.id);
    await Promise.all(
      Array.from({ length: 6 }, async (_, writer) => {
        const pick = random(writer + 1);
        for (let round = 0; round < 4; round++) {
          // Distinct cards in one order: rows of ModelCard locked in opposite orders would deadlock on the cards themselves, whatever the
          // counts do. Between count cells the moves still go every way, in every order.
          const chosen = [...new Set(Array.from({ length: 4 }, () => pick(ids.length)))].sort((a, b) => a - b);
          await database.db.$transaction(async (tx) => {
            for (const index of chosen) {
              const status = CARD_STATUSES[pick(CARD_STATUSES.length)];
              const risk = RISK_RATINGS[pick(RISK_RATINGS.length)];
              await tx.$executeRaw`UPDATE "ModelCard" SET "status" = ${status}::"CardStatus", "riskRating" = ${risk}::"RiskRating" WHERE "id" = ${ids[index]}`;
            }
          });
        }
      }),
    );
    await expectCountsExact();
  });

  it('cards created, saved with another risk, submitted, archived and deleted at once through the services', async () => {
    const cards = await Promise.all(Array.from({ length: 8 }, (_, index) => createTestCard({ author: team.author, risk: index % 2 ? 'Low' : 'Medium' })));
    await Promise.all([
      ...Array.from({ length: 3 }, () => createTestCard({ author: team.author, risk: 'High' })),
      ...cards
        .slice(0, 2)
        .map(({ card, version }) => saveVersion({ actor: team.author, cardId: card.id, baseVersion: version, content: sampleContent({ risk: 'High' }) })),
      ...cards.slice(2, 4).map(({ card }) => submitForReview({ actor: team.author, cardId: card.id })),
      ...cards.slice(4, 6).map(({ card }) => archive({ actor: team.author, cardId: card.id })),
      ...cards.slice(6, 8).map(({ card }) => deleteCard({ actor: team.admin, cardId: card.id })),
    ]);
    await expectCountsExact();
  });

  it('a transaction that rolls back leaves the counts as they were', async () => {
    const { card } = await createTestCard({ author: team.author });
    const before = await summaryCells();
    await expect(
      database.db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "ModelCard" SET "status" = 'Archived'::"CardStatus", "riskRating" = 'High'::"RiskRating" WHERE "id" = ${card.id}`;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await summaryCells()).toEqual(before);
    await expectCountsExact();
  });
});
