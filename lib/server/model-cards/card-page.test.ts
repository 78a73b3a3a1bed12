// The card page's permissions come from the services' own checks (a shown action is accepted, a hidden one refused, with the same reason), and its timeline lists every status change and review once.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { saveVersion } from './save-version';
import { archive } from './archive';
import { getCardPermissions } from './get-card-permissions';
import { getCardTimeline } from './get-card-timeline';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

describe('getCardPermissions', () => {
  it('gives the owner of a Draft edit, submit, archive, delete and clone, and no review actions', async () => {
    const { card } = await createTestCard({ author: team.author });
    expect(await getCardPermissions({ actor: team.author, cardId: card.id })).toEqual({
      canEdit: true,
      canSubmit: true,
      reviewBlockedReason: 'You need the reviewer role to review model cards.',
      canApprove: false,
      approveBlockedReason: null,
      canRequestChanges: false,
      requestChangesBlockedReason: null,
      canArchive: true,
      canDelete: true,
      canClone: true,
      canExport: true,
      quorum: null,
    });
    // Another author edits and submits, but neither archives nor deletes someone else's card.
    expect(await getCardPermissions({ actor: team.coauthor, cardId: card.id })).toMatchObject({
      canEdit: true,
      canSubmit: true,
      canArchive: false,
      canDelete: false,
    });
  });

  it('gives an auditor nothing that changes the card', async () => {
    const { card } = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: card.id });
    expect(await getCardPermissions({ actor: team.auditor, cardId: card.id })).toMatchObject({
      canEdit: false,
      canSubmit: false,
      canApprove: false,
      approveBlockedReason: null,
      canRequestChanges: false,
      canArchive: false,
      canDelete: false,
      canClone: false,
      canExport: true,
    });
  });

  it('says why a reviewer who authored the version cannot approve it, in the words approve() refuses with', async () => {
    const both = await createTestUser(['author', 'reviewer'], 'Both Roles');
    const { card } = await createTestCard({ author: both });
    await submitForReview({ actor: both, cardId: card.id });
    const permissions = await getCardPermissions({ actor: both, cardId: card.id });
    expect(permissions).toMatchObject({
      canApprove: false,
      approveBlockedReason: 'You authored this version, so you cannot approve it',
      canRequestChanges: true,
    });
    await expect(approve({ actor: both, cardId: card.id, version: 1 })).rejects.toMatchObject({ message: permissions.approveBlockedReason });
  });

  it('leaves a High-risk card to the second reviewer, and counts the quorum', async () => {
    const { card } = await createTestCard({ author: team.author, risk: 'High' });
    await submitForReview({ actor: team.author, cardId: card.id });
    expect(await getCardPermissions({ actor: team.reviewer, cardId: card.id })).toMatchObject({ canApprove: true, quorum: { approvals: 0, required: 2 } });
    await approve({ actor: team.reviewer, cardId: card.id, version: 1 });
    const first = await getCardPermissions({ actor: team.reviewer, cardId: card.id });
    expect(first).toMatchObject({ canApprove: false, quorum: { approvals: 1, required: 2 } });
    expect(first.approveBlockedReason).toContain('waiting for a second reviewer');
    await expect(approve({ actor: team.reviewer, cardId: card.id, version: 1 })).rejects.toMatchObject({ message: first.approveBlockedReason });
    expect(await getCardPermissions({ actor: team.secondReviewer, cardId: card.id })).toMatchObject({ canApprove: true, approveBlockedReason: null });
  });

  it('offers an archived card no edit, submit or review, and an approved card no submit', async () => {
    const { card } = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: card.id });
    await approve({ actor: team.reviewer, cardId: card.id, version: 1 });
    expect(await getCardPermissions({ actor: team.author, cardId: card.id })).toMatchObject({
      canEdit: true,
      canSubmit: false,
      canDelete: false,
      canArchive: true,
    });
    await archive({ actor: team.author, cardId: card.id });
    expect(await getCardPermissions({ actor: team.author, cardId: card.id })).toMatchObject({
      canEdit: false,
      canSubmit: false,
      canArchive: false,
      canClone: true,
    });
    expect(await getCardPermissions({ actor: team.admin, cardId: card.id })).toMatchObject({ canEdit: false, canDelete: true, canArchive: false });
    expect(await getCardPermissions({ actor: team.reviewer, cardId: card.id })).toMatchObject({
      canApprove: false,
      approveBlockedReason: null,
      reviewBlockedReason: 'Model card is archived',
    });
  });

  it('tells a reviewer why a card that is not waiting for review cannot be decided', async () => {
    const { card } = await createTestCard({ author: team.author });
    expect((await getCardPermissions({ actor: team.reviewer, cardId: card.id })).reviewBlockedReason).toBe(
      `${card.name} is not waiting for review (its status is Draft), so you cannot approve it or request changes.`,
    );
  });
});

describe('getCardTimeline', () => {
  it('lists creation, submissions, decisions with their comments, saves and archiving, newest first, each review once', async () => {
    const { card } = await createTestCard({ author: team.author, risk: 'High' });
    const cardId = card.id;
    await submitForReview({ actor: team.author, cardId, comment: 'First look' });
    await requestChanges({ actor: team.reviewer, cardId, version: 1, comment: 'Add the evaluation' });
    await saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ risk: 'High', description: 'Revision 2' }) });
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 2, comment: 'Fine by me' });
    await approve({ actor: team.secondReviewer, cardId, version: 2 });
    await archive({ actor: team.admin, cardId, comment: 'Retired' });

    const { entries, truncated } = await getCardTimeline({ actor: team.auditor, cardId });
    expect(truncated).toBe(false);
    expect(
      entries.map((entry) => [entry.actor.name, entry.version, entry.change && `${entry.change.from}→${entry.change.to}`, entry.decision, entry.comment]),
    ).toEqual([
      ['Ada Admin', 2, 'Approved→Archived', null, 'Retired'],
      ['Sam Second', 2, 'PendingReview→Approved', 'Approved', null],
      ['Rae Reviewer', 2, null, 'Approved', 'Fine by me'],
      ['Ann Author', 2, 'Draft→PendingReview', null, null],
      ['Rae Reviewer', 1, 'PendingReview→Draft', 'ChangesRequested', 'Add the evaluation'],
      ['Ann Author', 1, 'Draft→PendingReview', null, 'First look'],
      ['Ann Author', 1, 'null→Draft', null, null],
    ]);
    expect(entries.every((entry) => /^[0-9a-f]{64}$/.test(entry.contentHash) && entry.at instanceof Date)).toBe(true);
  });

  it('is refused to a user without a role', async () => {
    const { card } = await createTestCard({ author: team.author });
    const nobody = await createTestUser([], 'No Role');
    await expect(getCardTimeline({ actor: nobody, cardId: card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
