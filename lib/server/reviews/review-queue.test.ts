// The review queue holds what a reviewer may act on, oldest submission first: never a version they authored or already approved, and a High-risk card stays for the second reviewer.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { requestChanges } from '@/lib/server/model-cards/request-changes';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { sampleContent } from '@/test/factories';
import { listReviewQueue } from './list-review-queue';
import { countReviewQueue } from './count-review-queue';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

const names = async (actor: Team['reviewer']) => (await listReviewQueue({ actor })).map((item) => item.name);

describe('listReviewQueue and countReviewQueue', () => {
  it('lists pending cards oldest submission first, with risk, author, submission time and quorum', async () => {
    const reviewer = await createTestUser(['reviewer'], 'Queue Reviewer');
    const first = await createTestCard({ author: team.author, risk: 'High', versions: 2 });
    const second = await createTestCard({ author: team.coauthor, risk: 'Low' });
    const draft = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: first.card.id });
    await submitForReview({ actor: team.coauthor, cardId: second.card.id });

    const queue = await listReviewQueue({ actor: reviewer });
    const mine = queue.filter((item) => [first.card.name, second.card.name, draft.card.name].includes(item.name));
    expect(mine.map((item) => item.name)).toEqual([first.card.name, second.card.name]);
    expect(mine[0]).toMatchObject({
      version: 2,
      riskRating: 'High',
      author: { name: 'Ann Author' },
      approvals: 0,
      approvalsRequired: 2,
      approvedBefore: false,
    });
    expect(mine[1]).toMatchObject({ version: 1, riskRating: 'Low', author: { name: 'Cal Coauthor' }, approvalsRequired: 1 });
    expect(mine[0].submittedAt.getTime()).toBeLessThanOrEqual(mine[1].submittedAt.getTime());
    expect(await countReviewQueue({ actor: reviewer })).toBe(queue.length);
  });

  it('leaves out a version the reviewer authored, and one they approved while it waits for a second reviewer', async () => {
    const both = await createTestUser(['author', 'reviewer'], 'Both Roles');
    const own = await createTestCard({ author: both });
    await submitForReview({ actor: both, cardId: own.card.id });
    expect(await names(both)).not.toContain(own.card.name);
    expect(await names(team.reviewer)).toContain(own.card.name);

    const high = await createTestCard({ author: team.author, risk: 'High' });
    await submitForReview({ actor: team.author, cardId: high.card.id });
    const before = await countReviewQueue({ actor: team.reviewer });
    await approve({ actor: team.reviewer, cardId: high.card.id, version: 1 });
    expect(await names(team.reviewer)).not.toContain(high.card.name);
    expect(await countReviewQueue({ actor: team.reviewer })).toBe(before - 1);
    const forSecond = (await listReviewQueue({ actor: team.secondReviewer })).find((item) => item.name === high.card.name);
    expect(forSecond).toMatchObject({ approvals: 1, approvalsRequired: 2 });

    await approve({ actor: team.secondReviewer, cardId: high.card.id, version: 1 });
    expect(await names(team.secondReviewer)).not.toContain(high.card.name);
  });

  it('drops a card sent back for changes and brings it back, marked as approved before, once resubmitted', async () => {
    const card = await createTestCard({ author: team.author });
    const cardId = card.card.id;
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 1 });
    await saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ description: 'Revision 2' }) });
    await submitForReview({ actor: team.author, cardId });
    await requestChanges({ actor: team.reviewer, cardId, version: 2, comment: 'Explain the threshold' });
    expect(await names(team.reviewer)).not.toContain(card.card.name);
    await submitForReview({ actor: team.author, cardId });
    const item = (await listReviewQueue({ actor: team.reviewer })).find((entry) => entry.name === card.card.name);
    expect(item).toMatchObject({ version: 2, approvedBefore: true });
  });

  it('is for reviewers only', async () => {
    await expect(listReviewQueue({ actor: team.author })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(countReviewQueue({ actor: team.auditor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(countReviewQueue({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
