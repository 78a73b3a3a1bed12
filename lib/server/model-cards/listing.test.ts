// The hub's list and counts: every filter, every sort in both directions, and keyset pages that add up to the whole list with no row twice.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, sampleContent, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { submitForReview } from './submit-for-review';
import { archive } from './archive';
import { listCards } from './list-cards';
import type { TCardSortKey } from './list-cards';
import { countCards } from './count-cards';
import { listVersions } from './list-versions';
import { saveVersion } from './save-version';
import { getCard } from './get-card';
import type { CardDto } from './card-dto';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const names = (cards: CardDto[]) => cards.map((card) => card.name);

/** Cards of a fresh owner, so a test filters by owner and sees only its own cards. */
async function ownedCards(specs: { name: string; risk?: TRiskRating }[]): Promise<{ owner: Actor; cards: CardDto[] }> {
  const owner = await createTestUser(['author']);
  const cards: CardDto[] = [];
  for (const spec of specs) cards.push((await createTestCard({ author: owner, name: spec.name, risk: spec.risk })).card);
  return { owner, cards };
}

async function setTimes(cardId: string, createdAt: string, updatedAt: string) {
  await database.raw('UPDATE "ModelCard" SET "createdAt" = $1, "updatedAt" = $2 WHERE "id" = $3', [createdAt, updatedAt, cardId]);
}

async function everyPage(owner: Actor, sortBy: TCardSortKey, sortOrder: 'asc' | 'desc', limit: number): Promise<CardDto[]> {
  const seen: CardDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCards({ actor: team.auditor, filters: { ownerId: owner.id }, sortBy, sortOrder, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe('filters', () => {
  it('filters by name (case-insensitive, wildcards taken literally), status, risk and owner', async () => {
    const tag = uniqueSuffix();
    const { owner, cards } = await ownedCards([
      { name: `Churn-${tag}`, risk: 'High' },
      { name: `churn-eu-${tag}`, risk: 'Low' },
      { name: `fraud-${tag}`, risk: 'High' },
    ]);
    await submitForReview({ actor: owner, cardId: cards[2].id });
    const list = async (filters: object) =>
      names((await listCards({ actor: team.auditor, filters: { ownerId: owner.id, ...filters }, sortBy: 'name', sortOrder: 'asc' })).items).sort();

    expect(await list({})).toHaveLength(3);
    expect(await list({ nameContains: 'CHURN' })).toEqual([`Churn-${tag}`, `churn-eu-${tag}`].sort());
    expect(await list({ nameContains: 'N-EU' })).toEqual([`churn-eu-${tag}`]);
    expect(await list({ nameContains: 'churn%' })).toEqual([]);
    expect(await list({ nameContains: 'c_urn' })).toEqual([]);
    expect(await list({ status: ['PendingReview'] })).toEqual([`fraud-${tag}`]);
    expect(await list({ status: ['Draft', 'PendingReview'] })).toHaveLength(3);
    expect(await list({ riskRating: ['High'] })).toEqual([`Churn-${tag}`, `fraud-${tag}`].sort());
    expect(await list({ riskRating: ['High'], status: ['Draft'] })).toEqual([`Churn-${tag}`]);
  });

  it('filters by created and last-modified ranges (strict bounds)', async () => {
    const { owner, cards } = await ownedCards([{ name: `old-${uniqueSuffix()}` }, { name: `mid-${uniqueSuffix()}` }, { name: `new-${uniqueSuffix()}` }]);
    await setTimes(cards[0].id, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z');
    await setTimes(cards[1].id, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z');
    await setTimes(cards[2].id, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    const list = async (filters: object) =>
      names((await listCards({ actor: team.author, filters: { ownerId: owner.id, ...filters }, sortBy: 'createdAt', sortOrder: 'asc' })).items);

    expect(await list({ createdAfter: new Date('2026-01-01T00:00:00Z') })).toEqual([cards[1].name, cards[2].name]);
    expect(await list({ createdBefore: new Date('2026-03-01T00:00:00Z') })).toEqual([cards[0].name, cards[1].name]);
    expect(await list({ modifiedAfter: new Date('2026-02-15T00:00:00Z'), modifiedBefore: new Date('2026-04-01T00:00:00Z') })).toEqual([
      cards[1].name,
      cards[2].name,
    ]);
  });

  it('counts by status and risk under the same filters', async () => {
    const tag = uniqueSuffix();
    const { owner, cards } = await ownedCards([
      { name: `a-${tag}`, risk: 'High' },
      { name: `b-${tag}`, risk: 'High' },
      { name: `c-${tag}`, risk: 'Medium' },
      { name: `d-${tag}` },
    ]);
    await submitForReview({ actor: owner, cardId: cards[0].id });
    await archive({ actor: owner, cardId: cards[1].id });
    expect(await countCards({ actor: team.reviewer, filters: { ownerId: owner.id } })).toEqual({
      total: 4,
      byStatus: { Draft: 2, PendingReview: 1, Approved: 0, Archived: 1 },
      byRisk: { High: 2, Medium: 1, Low: 1, Unknown: 0 },
    });
    expect(await countCards({ actor: team.reviewer, filters: { ownerId: owner.id, riskRating: ['High'] } })).toMatchObject({
      total: 2,
      byStatus: { Draft: 0, PendingReview: 1, Approved: 0, Archived: 1 },
    });
  });
});

describe('sorting and keyset pages', () => {
  it('pages through every sort in both directions: pages add up to the full list, with ties broken by id', async () => {
    const tag = uniqueSuffix();
    const { owner, cards } = await ownedCards(['e', 'b', 'g', 'a', 'f', 'c', 'd'].map((letter) => ({ name: `${letter}-${tag}` })));
    // Several cards share a timestamp, so the order within a tie must come from the id.
    const times = ['2026-01-03', '2026-01-01', '2026-01-03', '2026-01-02', '2026-01-03', '2026-01-01', '2026-01-02'];
    for (const [index, card] of cards.entries()) await setTimes(card.id, `${times[index]}T00:00:00Z`, `${times[(index + 3) % 7]}T00:00:00Z`);

    for (const sortBy of ['name', 'createdAt', 'updatedAt'] as const) {
      for (const sortOrder of ['asc', 'desc'] as const) {
        const whole = (await listCards({ actor: team.auditor, filters: { ownerId: owner.id }, sortBy, sortOrder, limit: 100 })).items;
        const key = (card: CardDto) => (sortBy === 'name' ? card.name : card[sortBy].toISOString());
        const expected = [...whole].sort((x, y) => (key(x) === key(y) ? (x.id < y.id ? -1 : 1) : key(x) < key(y) ? -1 : 1));
        if (sortOrder === 'desc') expected.reverse();
        expect(names(whole), `${sortBy} ${sortOrder}`).toEqual(names(expected));
        for (const limit of [1, 2, 3])
          expect(names(await everyPage(owner, sortBy, sortOrder, limit)), `${sortBy} ${sortOrder} by ${limit}`).toEqual(names(whole));
      }
    }
    expect(names((await listCards({ actor: team.auditor, filters: { ownerId: owner.id }, sortBy: 'name', sortOrder: 'asc' })).items)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => `${letter}-${tag}`),
    );
  });

  it('defaults to last modified, newest first, 25 a page; the last page has no next cursor', async () => {
    const { owner, cards } = await ownedCards([{ name: `first-${uniqueSuffix()}` }, { name: `second-${uniqueSuffix()}` }]);
    await setTimes(cards[0].id, '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z');
    await setTimes(cards[1].id, '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z');
    const page = await listCards({ actor: team.auditor, filters: { ownerId: owner.id } });
    expect(names(page.items)).toEqual([cards[0].name, cards[1].name]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toMatchObject({ owner: { id: owner.id }, updatedBy: { id: owner.id }, latestVersion: 1, riskRating: 'Low' });
  });

  it('refuses a cursor from another sort, a forged cursor and a page size out of range', async () => {
    const { owner } = await ownedCards([{ name: `x-${uniqueSuffix()}` }, { name: `y-${uniqueSuffix()}` }]);
    const page = await listCards({ actor: team.auditor, filters: { ownerId: owner.id }, sortBy: 'name', sortOrder: 'asc', limit: 1 });
    expect(page.nextCursor).toEqual(expect.any(String));
    const badCursor = { code: 'INVALID_INPUT', path: 'cursor' };
    await expect(listCards({ actor: team.auditor, sortBy: 'name', sortOrder: 'desc', cursor: page.nextCursor! })).rejects.toMatchObject(badCursor);
    await expect(listCards({ actor: team.auditor, sortBy: 'createdAt', sortOrder: 'asc', cursor: page.nextCursor! })).rejects.toMatchObject(badCursor);
    await expect(listCards({ actor: team.auditor, cursor: 'not-a-cursor' })).rejects.toMatchObject(badCursor);
    await expect(
      listCards({
        actor: team.auditor,
        sortBy: 'updatedAt',
        sortOrder: 'desc',
        cursor: Buffer.from('["cards:updatedAt:desc","yesterday","id"]').toString('base64url'),
      }),
    ).rejects.toMatchObject(badCursor);
    await expect(listCards({ actor: team.auditor, limit: 101 })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'limit' });
    await expect(listCards({ actor: team.auditor, sortBy: 'owner' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'sortBy' });
    await expect(listCards({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('version history pages', () => {
  it('pages versions in either order', async () => {
    const created = await createTestCard({ author: team.author, versions: 5 });
    const collect = async (order: 'asc' | 'desc') => {
      const versions: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listVersions({ actor: team.auditor, cardId: created.card.id, order, limit: 2, cursor });
        versions.push(...page.items.map((item) => item.version));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return versions;
    };
    expect(await collect('asc')).toEqual([1, 2, 3, 4, 5]);
    expect(await collect('desc')).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('the people on a listed card', () => {
  it('are its owner, creator and last editor, as the card page shows them, read for the whole page at once', async () => {
    // One suffix and an ordinal, so sorting by name lists the cards in the order they were made.
    const suffix = uniqueSuffix();
    const { owner, cards } = await ownedCards([{ name: `people-${suffix}-1` }, { name: `people-${suffix}-2` }]);
    const editor = await createTestUser(['author']);
    await saveVersion({ actor: editor, cardId: cards[0].id, baseVersion: 1, content: sampleContent({ description: 'Revision 2' }) });
    const page = await listCards({ actor: team.auditor, filters: { ownerId: owner.id }, sortBy: 'name', sortOrder: 'asc' });
    const shown = await Promise.all(cards.map((card) => getCard({ actor: team.auditor, cardId: card.id })));
    expect(page.items).toEqual(shown);
    expect(page.items[0].owner.id).toBe(owner.id);
    expect(page.items[0].createdBy.id).toBe(owner.id);
    expect(page.items[0].updatedBy).toEqual({ id: editor.id, name: editor.name, email: editor.email });
    expect(page.items[1].updatedBy.id).toBe(owner.id);
  });
});
