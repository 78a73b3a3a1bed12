// The one-statement read of a version without its content gives what versionOf gives but for the content — the card, author, status, reviews and status changes of that version — and refuses the same people and the same missing cards and versions.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { getCard } from './get-card';
import { versionOf } from './get-version';
import { readVersionHead } from './read-version-head';
import type { VersionDto } from './card-dto';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

function withoutContent(version: VersionDto): Partial<VersionDto> {
  const head: Partial<VersionDto> = { ...version };
  delete head.content;
  delete head.contentText;
  return head;
}

describe('reading a version without its content', () => {
  it('gives the version as versionOf does, reviews and status changes in order, for an older version and the latest', async () => {
    const { card } = await createTestCard({ author: team.author, versions: 2 });
    await submitForReview({ actor: team.author, cardId: card.id });
    await requestChanges({ actor: team.reviewer, cardId: card.id, version: 2, comment: 'Add the holdout set' });
    await submitForReview({ actor: team.author, cardId: card.id });
    await approve({ actor: team.reviewer, cardId: card.id, version: 2, comment: 'Validated' });
    const full = await getCard({ actor: team.auditor, cardId: card.id });
    for (const number of [1, 2]) {
      const head = await readVersionHead({ actor: team.auditor, name: card.name, version: number });
      expect(head).toEqual(withoutContent(await versionOf(full, number)));
    }
    const latest = await readVersionHead({ actor: team.auditor, cardId: card.id });
    expect(latest).toMatchObject({ version: 2, isLatest: true, status: 'Approved' });
    expect(latest.reviews.map((review) => review.decision)).toEqual(['ChangesRequested', 'Approved']);
    expect(latest.statusChanges.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses whoever may not read cards, and names a missing card or version as getCard and versionOf do', async () => {
    const { card } = await createTestCard({ author: team.author });
    await expect(readVersionHead({ actor: null, name: card.name, version: 1 })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(readVersionHead({ actor: await createTestUser([]), name: card.name, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readVersionHead({ actor: team.auditor, name: 'no-such-card', version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no model card named no-such-card.',
    });
    await expect(readVersionHead({ actor: team.auditor, cardId: '00000000-0000-0000-0000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readVersionHead({ actor: team.auditor, cardId: card.id, version: 3 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `${card.name} has no version 3; its versions are 1 to 1.`,
    });
  });
});
