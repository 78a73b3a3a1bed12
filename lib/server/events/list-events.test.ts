// The event feed: auditors, reviewers and admins page through events in commit order with a cursor that also serves the next poll; type filters select.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { listEvents } from './list-events';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

describe('the event feed', () => {
  it('pages through every event once, in order, and the last cursor returns only what happened since', async () => {
    const first = await createTestCard({ author: team.author, versions: 3 });
    const seen: string[] = [];
    let page = await listEvents({ actor: team.auditor, limit: 2 });
    seen.push(...page.events.map((item) => item.event.id));
    while (page.hasMore) {
      page = await listEvents({ actor: team.auditor, after: page.cursor, limit: 2 });
      seen.push(...page.events.map((item) => item.event.id));
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);

    const empty = await listEvents({ actor: team.reviewer, after: page.cursor });
    expect(empty).toMatchObject({ events: [], cursor: page.cursor, hasMore: false });

    await submitForReview({ actor: team.author, cardId: first.card.id });
    const next = await listEvents({ actor: team.admin, after: page.cursor });
    expect(next.events.map((item) => [item.type, item.sequence, item.event.detail.ModelCardStatus])).toEqual([['model_card.submitted', 4, 'PendingReview']]);
  });

  it('filters by type', async () => {
    await createTestCard({ author: team.author, versions: 2 });
    const page = await listEvents({ actor: team.auditor, types: ['model_card.version_saved'] });
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.events.every((item) => item.type === 'model_card.version_saved')).toBe(true);
  });

  it('is refused to authors and to cursors it did not make', async () => {
    await expect(listEvents({ actor: team.author })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listEvents({ actor: team.auditor, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(listEvents({ actor: team.auditor, limit: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('retention', () => {
  it('purges events older than 90 days and keeps newer ones; the stream keeps counting', async () => {
    const { purgeExpiredEvents } = await import('./purge-expired-events');
    const { card } = await createTestCard({ author: team.author });
    const now = new Date(Date.now() + 91 * 24 * 60 * 60 * 1000);
    expect(await purgeExpiredEvents({ now })).toBeGreaterThan(0);
    expect((await listEvents({ actor: team.auditor })).events).toEqual([]);
    await submitForReview({ actor: team.author, cardId: card.id });
    const after = await listEvents({ actor: team.auditor });
    expect(after.events.map((item) => [item.type, item.sequence])).toEqual([['model_card.submitted', 2]]);
  });
});
