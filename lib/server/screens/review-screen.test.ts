// What the review screen compares against (and the compare page's "since last approved") comes from the card's whole history, not from the newest 500 timeline entries.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { getDb } from '@/lib/server/db';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { requestChanges } from '@/lib/server/model-cards/request-changes';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { archive } from '@/lib/server/model-cards/archive';
import { getCardTimeline } from '@/lib/server/model-cards/get-card-timeline';
import { getLastApprovedVersion } from '@/lib/server/model-cards/last-approved-version';
import { getReviewScreen } from './review-screen';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

async function save(cardId: string, baseVersion: number) {
  return saveVersion({ actor: team.author, cardId, baseVersion, content: sampleContent({ description: `Revision ${baseVersion + 1}` }) });
}

describe('getReviewScreen: what the review compares against', () => {
  it('is none for a first review', async () => {
    const { card } = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: card.id });
    const screen = await getReviewScreen({ actor: team.reviewer, name: card.name });
    expect(screen.base).toBeNull();
    expect(screen.comparison).toBeNull();
    expect(screen.submitted).toMatchObject({ by: { id: team.author.id } });
  });

  it('is the version sent back when nothing was ever approved', async () => {
    const { card } = await createTestCard({ author: team.author });
    for (const version of [1, 2]) {
      await submitForReview({ actor: team.author, cardId: card.id });
      await requestChanges({ actor: team.reviewer, cardId: card.id, version, comment: 'Name the holdout period.' });
      await save(card.id, version);
    }
    await submitForReview({ actor: team.author, cardId: card.id });
    const screen = await getReviewScreen({ actor: team.reviewer, name: card.name });
    expect(screen.base).toEqual({ version: 2, reason: 'changes-requested' });
    expect(screen.comparison).toMatchObject({ from: { version: 2 }, to: { version: 3 } });
  });

  it('prefers the last approved version, even when a later one was sent back', async () => {
    const { card } = await createTestCard({ author: team.author });
    for (const version of [1, 2]) {
      await submitForReview({ actor: team.author, cardId: card.id });
      await approve({ actor: team.reviewer, cardId: card.id, version });
      await save(card.id, version);
    }
    await save(card.id, 3);
    await submitForReview({ actor: team.author, cardId: card.id });
    await requestChanges({ actor: team.reviewer, cardId: card.id, version: 4, comment: 'Not yet.' });
    await save(card.id, 4);
    const screen = await getReviewScreen({ actor: team.reviewer, name: card.name });
    expect(screen.card.latestVersion).toBe(5);
    expect(screen.base).toEqual({ version: 2, reason: 'approved' });
  });

  it('is none when the latest version itself was approved (archived after approval, say)', async () => {
    const { card } = await createTestCard({ author: team.author, versions: 3 });
    await submitForReview({ actor: team.author, cardId: card.id });
    await approve({ actor: team.reviewer, cardId: card.id, version: 3 });
    await archive({ actor: team.author, cardId: card.id });
    expect((await getReviewScreen({ actor: team.reviewer, name: card.name })).base).toBeNull();
  });
});

describe('the last approved version past 500 timeline entries', () => {
  it('is still found, by the review screen and by getLastApprovedVersion', async () => {
    const { card } = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: card.id });
    await approve({ actor: team.reviewer, cardId: card.id, version: 1 });
    const saved = await save(card.id, 1);
    // 600 submissions and withdrawals of version 2 after the approval: more history than the timeline shows.
    const approvedAt = (await getDb().cardStatusChange.findFirstOrThrow({ where: { cardId: card.id, toStatus: 'Approved' } })).createdAt.getTime();
    await getDb().cardStatusChange.createMany({
      data: Array.from({ length: 600 }, (_, index) => ({
        cardId: card.id,
        version: 2,
        contentHash: saved.contentHash,
        fromStatus: index % 2 === 0 ? ('Draft' as const) : ('PendingReview' as const),
        toStatus: index % 2 === 0 ? ('PendingReview' as const) : ('Draft' as const),
        actorId: team.author.id,
        createdAt: new Date(approvedAt + 1 + index),
      })),
    });

    const timeline = await getCardTimeline({ actor: team.auditor, cardId: card.id });
    expect(timeline.truncated).toBe(true);
    expect(timeline.entries.some((entry) => entry.change?.to === 'Approved')).toBe(false);

    expect(await getLastApprovedVersion({ actor: team.auditor, cardId: card.id })).toBe(1);
    const screen = await getReviewScreen({ actor: team.reviewer, name: card.name });
    expect(screen.base).toEqual({ version: 1, reason: 'approved' });
    expect(screen.comparison).toMatchObject({ from: { version: 1 }, to: { version: 2 } });
  });

  it('is null for a card never approved', async () => {
    const { card } = await createTestCard({ author: team.author, versions: 2 });
    expect(await getLastApprovedVersion({ actor: team.auditor, cardId: card.id })).toBeNull();
  });
});
