// Rules 1 and 2 at the database: raw SQL cannot rename a card, rewrite or delete one version, review or status change, or touch the audit trail.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { getVersion } from './get-version';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

/** A card with 2 versions, a review and status changes, so every history table has rows of it. */
async function reviewedCard() {
  const created = await createTestCard({ author: team.author, versions: 2 });
  await submitForReview({ actor: team.author, cardId: created.card.id });
  await approve({ actor: team.reviewer, cardId: created.card.id, version: 2 });
  return created.card;
}

const count = async (table: string, cardId: string) =>
  (await database.raw(`SELECT count(*)::int AS n FROM "${table}" WHERE "cardId" = $1`, [cardId])).rows[0].n;

/** One statement, so it is one transaction on both lanes: the setting lasts exactly as long as the DELETE's transaction. */
const deleteNamingCard = (namedCardId: string, table: string, cardId: string) =>
  database.raw(`DO $$ BEGIN PERFORM set_config('cardinal.deleting_card', '${namedCardId}', true); DELETE FROM "${table}" WHERE "cardId" = '${cardId}'; END $$`);

describe('card names never change (rule 1)', () => {
  it('the database refuses an UPDATE of a card name', async () => {
    const card = await reviewedCard();
    await expect(database.raw('UPDATE "ModelCard" SET "name" = $1 WHERE "id" = $2', [`${card.name}-renamed`, card.id])).rejects.toThrow(/name never changes/);
    await database.raw('UPDATE "ModelCard" SET "name" = "name", "updatedAt" = "updatedAt" WHERE "id" = $1', [card.id]);
  });
});

describe('append-only history (rule 2)', () => {
  it('refuses an UPDATE of a version content or hash', async () => {
    const card = await reviewedCard();
    const before = await getVersion({ actor: team.auditor, cardId: card.id, version: 1 });
    await expect(database.raw(`UPDATE "ModelCardVersion" SET "content" = '{}' WHERE "cardId" = $1 AND "version" = 1`, [card.id])).rejects.toThrow(/immutable/);
    await expect(database.raw(`UPDATE "ModelCardVersion" SET "contentHash" = 'forged' WHERE "cardId" = $1`, [card.id])).rejects.toThrow(/immutable/);
    const after = await getVersion({ actor: team.auditor, cardId: card.id, version: 1 });
    expect([after.contentText, after.contentHash]).toEqual([before.contentText, before.contentHash]);
  });

  it('refuses UPDATE and DELETE of reviews and status changes', async () => {
    const card = await reviewedCard();
    for (const table of ['Review', 'CardStatusChange']) {
      await expect(database.raw(`UPDATE "${table}" SET "comment" = 'rewritten' WHERE "cardId" = $1`, [card.id]), table).rejects.toThrow(/immutable/);
      await expect(database.raw(`DELETE FROM "${table}" WHERE "cardId" = $1`, [card.id]), table).rejects.toThrow(/cannot be deleted one by one/);
    }
    expect(await count('Review', card.id)).toBe(1);
    expect(await count('CardStatusChange', card.id)).toBe(3);
  });

  it('refuses DELETE of a version unless the transaction names its card for deletion', async () => {
    const card = await reviewedCard();
    const other = await reviewedCard();
    await expect(database.raw('DELETE FROM "ModelCardVersion" WHERE "cardId" = $1 AND "version" = 2', [card.id])).rejects.toThrow(
      /cannot be deleted one by one/,
    );
    await expect(deleteNamingCard(other.id, 'ModelCardVersion', card.id)).rejects.toThrow(/cannot be deleted one by one/);
    expect(await count('ModelCardVersion', card.id)).toBe(2);

    await deleteNamingCard(card.id, 'ModelCardVersion', card.id);
    expect(await count('ModelCardVersion', card.id)).toBe(0);
    // The setting ended with its transaction.
    await expect(database.raw('DELETE FROM "ModelCardVersion" WHERE "cardId" = $1', [other.id])).rejects.toThrow(/cannot be deleted one by one/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit events, even in a card deletion', async () => {
    const card = await reviewedCard();
    const before = (await database.raw('SELECT count(*)::int AS n FROM "AuditEvent"')).rows[0].n;
    await expect(database.raw(`UPDATE "AuditEvent" SET "details" = '{}' WHERE "targetId" = $1`, [card.id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(database.raw('DELETE FROM "AuditEvent" WHERE "targetId" = $1', [card.id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(database.raw('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(
      database.raw(
        `DO $$ BEGIN PERFORM set_config('cardinal.deleting_card', '${card.id}', true); DELETE FROM "AuditEvent" WHERE "targetId" = '${card.id}'; END $$`,
      ),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect((await database.raw('SELECT count(*)::int AS n FROM "AuditEvent"')).rows[0].n).toBe(before);
  });
});
