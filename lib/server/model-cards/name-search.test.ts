// The hub's name search (the trigram index for terms of 3 characters or more, the gram index for 1–2) answers what ILIKE '%term%' always
// did: any part of the name, in any case, with % _ and \ taken literally, for terms of every length; the list and its counts agree.
import { randomUUID } from 'node:crypto';
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { listCards } from './list-cards';
import { countCards } from './count-cards';
import { knownLowerCase, nameGramCodes } from './card-query';

let database: TestDatabase;
let team: Team;
let owner: Actor;
const names: string[] = [];

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
  owner = await createTestUser(['author']);
  const tag = uniqueSuffix();
  for (const name of ['Churn-XGB-uk', 'churn-lgbm-de', 'card-fraud-UK', 'payment-Fraud-us', 'aml-alerts-emea', 'Qz-7', 'x-y-z', 'FRAUDSTER', 'Risk-Index']) {
    names.push((await createTestCard({ author: owner, name: `${name}-${tag}` })).card.name);
  }
  // Names beyond ASCII, which the services refuse but the database holds as any text: lower() and ILIKE fold them by the database's locale.
  // \u212a is the Kelvin sign, which lower-cases to k where the locale knows it.
  for (const name of ['Café-STRASSE', 'straße-ÉTÉ', 'İzmir-ıI-\u212a']) {
    const [id, fullName] = [randomUUID(), `${name}-${tag}`];
    await database.raw('INSERT INTO "ModelCard" ("id", "name", "latestVersion", "ownerId", "createdById", "updatedById") VALUES ($1, $2, 1, $3, $3, $3)', [
      id,
      fullName,
      owner.id,
    ]);
    names.push(fullName);
  }
});

const TERMS = [
  'a',
  'Q',
  '7',
  '-',
  'ab',
  'UK',
  'uK',
  'Fr',
  '-u',
  'z-',
  'I',
  'iI',
  'In',
  'k',
  'qz-7',
  'churn',
  'XGB-UK',
  'fraud',
  'fraudster',
  'FrAuD',
  'Index',
  'risk-i',
  'alerts-emea',
  '%',
  '_',
  'a%',
  'c_urn',
  '\\',
  'no-such-name',
  'É',
  'é',
  'éT',
  'Fé',
  'ß',
  'ẞ',
  'SS',
  'İ',
  'ı',
  '\u212a',
  'ÉTÉ',
];

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** What ILIKE '%term%' answers for these names, asked of the database with the names as values: no table, no index. */
async function ilikeOf(term: string): Promise<string[]> {
  const pattern = `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const { rows } = await database.raw('SELECT "name" FROM unnest($1::text[]) AS "name" WHERE "name" ILIKE $2', [names, pattern]);
  return rows.map((row) => String(row.name)).sort();
}

describe('name search', () => {
  it.each(TERMS)('"%s" finds the names that contain it, in any case', async (term) => {
    const expected = await ilikeOf(term);
    if (isAscii(term)) {
      const asciiNames = names.filter(isAscii);
      expect(expected.filter(isAscii)).toEqual(asciiNames.filter((name) => name.toLowerCase().includes(term.toLowerCase())).sort());
    }
    const filters = { ownerId: owner.id, nameContains: term };
    const page = await listCards({ actor: team.auditor, filters, sortBy: 'name', sortOrder: 'asc', limit: 100 });
    expect(page.items.map((card) => card.name)).toEqual(expected);
    expect((await countCards({ actor: team.auditor, filters })).total).toBe(expected.length);
  });
});

// ILIKE compares lower(term) with lower(name), and a Turkish locale lowers I to ı: the codes asked for I must find ı too, and no code may claim
// i where the database sees ı. The codes are asked of the gram function as cardWhere asks them of nameGrams, beside ILIKE, under the collation,
// where the server has ICU (PostgreSQL; PGlite has none).
describe('name search where lower(I) is ı (Turkish collation)', () => {
  const TURKISH_NAMES = ['Izmir', 'ızmir', 'İzmir', 'izmir', 'SIIRT', 'sıırt', 'AZIZ', 'zi'];
  it.for(['I', 'i', 'Iz', 'iz', 'II', 'zI', 'zi'])('"%s": the grams find what ILIKE finds', async (term, context) => {
    const { rows } = await database.raw(`SELECT 1 FROM pg_collation WHERE collname = 'tr-TR-x-icu'`);
    if (!rows.length) context.skip('this server has no ICU collation tr-TR-x-icu');
    const grams = nameGramCodes(term)!;
    const pattern = `%${term}%`;
    const expected = await database.raw('SELECT n FROM unnest($1::text[]) AS n WHERE (n COLLATE "tr-TR-x-icu") ILIKE $2 ORDER BY n', [TURKISH_NAMES, pattern]);
    const found = await database.raw(
      `SELECT n FROM unnest($1::text[]) AS n
       WHERE "cardinal_name_grams"(n COLLATE "tr-TR-x-icu") && $3::smallint[] AND ($4 OR (n COLLATE "tr-TR-x-icu") ILIKE $2) ORDER BY n`,
      [TURKISH_NAMES, pattern, grams.codes, grams.exact],
    );
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(found.rows).toEqual(expected.rows);
  });

  // From 3 characters, cardWhere asks LIKE of the stored lower(name) with lower(term) as JavaScript computes it, only where that is the
  // database's lower(term) too: not for a term with I.
  it.for(['izm', 'zmi', 'mir', 'Izm', 'SII'])('"%s": LIKE on lower(name) finds what ILIKE finds, or ILIKE answers', async (term, context) => {
    const { rows } = await database.raw(`SELECT 1 FROM pg_collation WHERE collname = 'tr-TR-x-icu'`);
    if (!rows.length) context.skip('this server has no ICU collation tr-TR-x-icu');
    const lowered = knownLowerCase(term);
    expect(lowered === null).toBe(term.includes('I'));
    if (lowered === null) return;
    const expected = await database.raw('SELECT n FROM unnest($1::text[]) AS n WHERE (n COLLATE "tr-TR-x-icu") ILIKE $2 ORDER BY n', [
      TURKISH_NAMES,
      `%${term}%`,
    ]);
    const found = await database.raw('SELECT n FROM unnest($1::text[]) AS n WHERE lower(n COLLATE "tr-TR-x-icu") LIKE $2 ORDER BY n', [
      TURKISH_NAMES,
      `%${lowered}%`,
    ]);
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(found.rows).toEqual(expected.rows);
  });
});
