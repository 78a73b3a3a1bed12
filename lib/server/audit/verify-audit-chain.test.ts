// Rule 9: the audit chain verifies when untouched, and tampering (possible only with the append-only trigger disabled) is reported at the first broken event, by the function and by scripts/audit-verify.ts.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, beforeAll } from 'vitest';
import { databaseLane, setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { verifyAuditChain } from './verify-audit-chain';

let database: TestDatabase;
let seqs: string[];

beforeAll(async () => {
  database = await setupTestDatabase();
  const team = await createTeam();
  for (let card = 0; card < 3; card++) {
    const created = await createTestCard({ author: team.author, versions: 2 });
    await submitForReview({ actor: team.author, cardId: created.card.id });
  }
  seqs = (await database.raw('SELECT seq::text AS seq FROM "AuditEvent" ORDER BY seq')).rows.map((row) => row.seq as string);
});

/** Runs SQL with the append-only trigger off, as only someone with the table owner's rights could, then turns it back on. */
async function tamper(sql: string, params: unknown[] = []) {
  await database.raw('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
  try {
    await database.raw(sql, params);
  } finally {
    await database.raw('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
  }
}

describe('verifyAuditChain', () => {
  it('an untouched trail verifies, read in batches of any size', async () => {
    expect(seqs.length).toBe(9);
    for (const batchSize of [1, 2, 4, 1000]) expect(await verifyAuditChain({ batchSize })).toEqual({ ok: true, checked: 9 });
  });

  it('reports a changed event at that event, and verifies again once it is restored', async () => {
    const middle = seqs[4];
    const original = (await database.raw('SELECT "details" FROM "AuditEvent" WHERE seq = $1::bigint', [middle])).rows[0].details;
    await tamper(`UPDATE "AuditEvent" SET "details" = '{"comment":"nothing to see"}' WHERE seq = $1::bigint`, [middle]);
    expect(await verifyAuditChain({ batchSize: 2 })).toEqual({
      ok: false,
      checked: 4,
      firstBroken: { seq: middle, reason: expect.stringContaining('hash does not match the event') },
    });
    await tamper('UPDATE "AuditEvent" SET "details" = $1 WHERE seq = $2::bigint', [original, middle]);
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 9 });
  });

  it('reports a removed event at the event after it, and a removed first event at the new first', async () => {
    const removed = await database.raw('SELECT * FROM "AuditEvent" WHERE seq = ANY($1::bigint[])', [[seqs[0], seqs[6]]]);
    await tamper('DELETE FROM "AuditEvent" WHERE seq = $1::bigint', [seqs[6]]);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      checked: 6,
      firstBroken: { seq: seqs[7], reason: expect.stringContaining(`hash of event ${seqs[5]}`) },
    });
    await tamper('DELETE FROM "AuditEvent" WHERE seq = $1::bigint', [seqs[0]]);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, checked: 0, firstBroken: { seq: seqs[1], reason: expect.stringContaining('genesis hash') } });
    for (const row of removed.rows) {
      const columns = Object.keys(row);
      await tamper(
        `INSERT INTO "AuditEvent" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
        columns.map((column) => row[column]),
      );
    }
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 9 });
  });

  it('reports lost newest events, which leave an intact but shorter chain, against the head the database recorded', async () => {
    const newest = await database.raw('SELECT * FROM "AuditEvent" WHERE seq = ANY($1::bigint[]) ORDER BY seq', [seqs.slice(-2)]);
    await tamper('DELETE FROM "AuditEvent" WHERE seq = ANY($1::bigint[])', [seqs.slice(-2)]);
    expect(await verifyAuditChain({ batchSize: 3 })).toEqual({
      ok: false,
      checked: 7,
      firstBroken: { seq: seqs[6], reason: expect.stringContaining('recorded 9 events but the chain ends after 7') },
    });
    const [first] = newest.rows;
    const columns = Object.keys(first);
    await tamper(
      `INSERT INTO "AuditEvent" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
      columns.map((column) => first[column]),
    );
    // With one of the two back, the newest is still missing.
    expect(await verifyAuditChain()).toMatchObject({ ok: false, checked: 8, firstBroken: { reason: expect.stringContaining('lost or removed after event') } });
    const second = newest.rows[1];
    await tamper(
      `INSERT INTO "AuditEvent" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
      columns.map((column) => second[column]),
    );
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 9 });
  });

  it('reports a chain whose last event is not the one the head recorded', async () => {
    await database.raw(`UPDATE "AuditHead" SET "lastHash" = repeat('a', 64)`);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      checked: 8,
      firstBroken: { seq: seqs[8], reason: expect.stringContaining('not the one the database recorded') },
    });
    await database.raw('UPDATE "AuditHead" SET "lastHash" = (SELECT hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1)');
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 9 });
  });

  // The script opens the database named by DATABASE_URL; this file's PGlite lives in this process's memory, where no script can reach it.
  it.skipIf(databaseLane === 'pglite')('scripts/audit-verify.ts prints the result and exits 1 when the chain is broken', async () => {
    const run = () =>
      spawnSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/audit-verify.ts'], {
        env: { ...process.env, DATABASE_URL: database.url },
        encoding: 'utf8',
      });
    const intact = run();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain('Audit trail intact: 9 events checked.');

    await tamper(`UPDATE "AuditEvent" SET "actorEmail" = 'someone-else@example.com' WHERE seq = $1::bigint`, [seqs[2]]);
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`Audit trail BROKEN at event ${seqs[2]}`);
    expect(JSON.parse(broken.stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: seqs[2] } });
  });
});
