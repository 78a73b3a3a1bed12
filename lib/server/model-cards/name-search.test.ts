// The hub's name search (on the trigram index for terms of 3 characters or more) answers what ILIKE '%term%' always did: any part of the
// name, in any case, with % _ and \ taken literally, for terms of every length; the list and its counts agree.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { listCards } from './list-cards';
import { countCards } from './count-cards';

let team: Team;
let owner: Actor;
const names: string[] = [];

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
  owner = await createTestUser(['author']);
  const tag = uniqueSuffix();
  for (const name of ['Churn-XGB-uk', 'churn-lgbm-de', 'card-fraud-UK', 'payment-Fraud-us', 'aml-alerts-emea', 'Qz-7', 'x-y-z', 'FRAUDSTER']) {
    names.push((await createTestCard({ author: owner, name: `${name}-${tag}` })).card.name);
  }
});

const TERMS = [
  'a',
  'Q',
  '7',
  '-',
  'ab',
  'UK',
  '-u',
  'z-',
  'qz-7',
  'churn',
  'XGB-UK',
  'fraud',
  'fraudster',
  'alerts-emea',
  '%',
  '_',
  'a%',
  'c_urn',
  '\\',
  'no-such-name',
];

describe('name search', () => {
  it.each(TERMS)('"%s" finds the names that contain it, in any case', async (term) => {
    const expected = names.filter((name) => name.toLowerCase().includes(term.toLowerCase())).sort();
    const filters = { ownerId: owner.id, nameContains: term };
    const page = await listCards({ actor: team.auditor, filters, sortBy: 'name', sortOrder: 'asc', limit: 100 });
    expect(page.items.map((card) => card.name)).toEqual(expected);
    expect((await countCards({ actor: team.auditor, filters })).total).toBe(expected.length);
  });
});
