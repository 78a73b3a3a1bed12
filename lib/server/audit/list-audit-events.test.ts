// The audit trail as admins and auditors read it: newest first, every filter, keyset pages that add up to the whole trail, a deleted card's record, and nobody else.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { listAuditEvents } from './list-audit-events';
import type { AuditEventDto } from './list-audit-events';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

async function everything(query: Record<string, string>, limit: number): Promise<AuditEventDto[]> {
  const events: AuditEventDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAuditEvents({ actor: team.auditor, query: { ...query, limit: String(limit), ...(cursor ? { cursor } : {}) } });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

describe('the audit trail', () => {
  it('lists newest first, and pages of any size add up to the whole trail with no event twice', async () => {
    const name = uniqueCardName('paged');
    await createTestCard({ author: team.author, name, versions: 4 });
    const all = await everything({}, 100);
    const seqs = all.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    for (const size of [1, 3, 7]) expect((await everything({}, size)).map((event) => event.seq)).toEqual(seqs);
    const own = all.filter((event) => event.targetName === name);
    expect(own.map((event) => [event.action, event.cardVersion])).toEqual([
      ['card.version_saved', 4],
      ['card.version_saved', 3],
      ['card.version_saved', 2],
      ['card.created', 1],
    ]);
    expect(own[0]).toMatchObject({ actorEmail: team.author.email, targetType: 'model_card', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(own[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("filters by target, person, kind and time; a deleted card's record stays, with the hash of every version", async () => {
    const author = await createTestUser(['author']);
    const name = uniqueCardName('deleted');
    const saved = await createTestCard({ author, name, versions: 2 });
    const between = new Date();
    await submitForReview({ actor: author, cardId: saved.card.id });
    await deleteCard({ actor: team.admin, cardId: saved.card.id });

    const byTarget = await everything({ target: name }, 100);
    expect(byTarget.map((event) => event.action)).toEqual(['card.deleted', 'card.submitted', 'card.version_saved', 'card.created']);
    const deleted = byTarget[0];
    expect(deleted.actorEmail).toBe(team.admin.email);
    expect(deleted.details).toMatchObject({ name, versions: [{ version: 1 }, { version: 2 }] });
    expect((deleted.details.versions as { contentHash: string }[]).every((version) => /^[0-9a-f]{64}$/.test(version.contentHash))).toBe(true);

    // Emails are stored lower-cased; the filter matches however it is typed.
    const byPerson = await everything({ person: author.email.toUpperCase() }, 100);
    expect(byPerson.map((event) => event.action)).toEqual(['card.submitted', 'card.version_saved', 'card.created']);
    expect(await everything({ person: author.email, target: name, kind: 'webhook' }, 100)).toEqual([]);
    expect((await everything({ person: author.email, kind: 'model_card' }, 100)).length).toBe(3);

    const after = await everything({ target: name, from: between.toISOString() }, 100);
    expect(after.map((event) => event.action)).toEqual(['card.deleted', 'card.submitted']);
    const before = await everything({ target: name, to: between.toISOString() }, 100);
    expect(before.map((event) => event.action)).toEqual(['card.version_saved', 'card.created']);
    expect(await everything({ target: name, to: '2000-01-01' }, 100)).toEqual([]);
  });

  it('is for admins and auditors only', async () => {
    await expect(listAuditEvents({ actor: team.admin })).resolves.toMatchObject({ items: expect.any(Array) });
    for (const actor of [team.author, team.reviewer]) await expect(listAuditEvents({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditEvents({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('names the parameter that is wrong', async () => {
    const wrong = async (query: Record<string, string>, path: string) =>
      expect(listAuditEvents({ actor: team.auditor, query })).rejects.toMatchObject({ code: 'INVALID_INPUT', path });
    await wrong({ kind: 'spaceship' }, 'kind');
    await wrong({ from: 'last tuesday' }, 'from');
    await wrong({ from: '2026-03-02', to: '2026-03-01' }, 'to');
    await wrong({ limit: '101' }, 'limit');
    await wrong({ cursor: 'not-a-cursor' }, 'cursor');
    // A cursor of another list, or one whose key is not a seq, is refused the same way.
    await wrong({ cursor: Buffer.from('["cards:name:asc","x"]').toString('base64url') }, 'cursor');
    await wrong({ cursor: Buffer.from('["audit-events:seq:desc","1 OR 1=1"]').toString('base64url') }, 'cursor');
  });
});
