// The card page's one read: the latest version, the newest versions for the selector, this user's actions and the timeline, for any signed-in role; an unknown name is NOT_FOUND.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { getCardScreen } from './card-screen';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

describe('getCardScreen', () => {
  it('shows the latest version, the 20 newest versions, the actions and the timeline', async () => {
    const { card } = await createTestCard({ author: team.author, versions: 22 });
    await submitForReview({ actor: team.author, cardId: card.id });
    const screen = await getCardScreen({ actor: team.reviewer, name: card.name });
    expect(screen.card).toMatchObject({ id: card.id, status: 'PendingReview', latestVersion: 22 });
    expect(screen.version).toMatchObject({ version: 22, isLatest: true, status: 'PendingReview' });
    expect(screen.versions.map((version) => version.version)).toEqual(Array.from({ length: 20 }, (_, index) => 22 - index));
    expect(screen.permissions).toMatchObject({ canApprove: true, canEdit: false, quorum: { approvals: 0, required: 1 } });
    expect(screen.timeline.entries[0]).toMatchObject({ version: 22, change: { from: 'Draft', to: 'PendingReview' } });
    expect(screen.showReviewLink).toBe(true);
    expect((await getCardScreen({ actor: team.author, name: card.name })).showReviewLink).toBe(false);
  });

  it('refuses a user with no role and names a card that does not exist', async () => {
    const { card } = await createTestCard({ author: team.author });
    await expect(getCardScreen({ actor: await createTestUser([]), name: card.name })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCardScreen({ actor: team.auditor, name: 'no-such-card-here' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
