// Rules 5 and 9: statuses change without new versions, reviewers approve with separation of duties and a risk-based quorum, Archived takes no content change, and every change is one chained audit event.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';
import { saveVersion } from './save-version';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { archive } from './archive';
import { getCard } from './get-card';
import { getVersion } from './get-version';
import { listVersions } from './list-versions';
import { diffVersions } from './diff-versions';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const versionCount = async (cardId: string) =>
  (await database.raw('SELECT count(*)::int AS n FROM "ModelCardVersion" WHERE "cardId" = $1', [cardId])).rows[0].n;

describe('submit and approve (rule 5)', () => {
  it('status changes create no version and are recorded with from, to, actor, version, hash and comment', async () => {
    const created = await createTestCard({ author: team.author, versions: 2 });
    const cardId = created.card.id;
    expect((await submitForReview({ actor: team.author, cardId, comment: 'Ready for model risk' })).status).toBe('PendingReview');
    const result = await approve({ actor: team.reviewer, cardId, version: 2, comment: 'Validated' });
    expect(result).toMatchObject({ approved: true, approvals: 1, approvalsRequired: 1, message: `Version 2 of ${created.card.name} is approved.` });
    expect(result.card).toMatchObject({ status: 'Approved', latestVersion: 2, updatedBy: { name: 'Rae Reviewer' } });
    expect(await versionCount(cardId)).toBe(2);

    const version = await getVersion({ actor: team.auditor, cardId, version: 2 });
    expect(version.status).toBe('Approved');
    expect(
      version.statusChanges.map((change) => [change.fromStatus, change.toStatus, change.actor.name, change.version, change.contentHash, change.comment]),
    ).toEqual([
      ['Draft', 'PendingReview', 'Ann Author', 2, created.contentHash, 'Ready for model risk'],
      ['PendingReview', 'Approved', 'Rae Reviewer', 2, created.contentHash, 'Validated'],
    ]);
    expect(version.reviews).toEqual([
      expect.objectContaining({
        decision: 'Approved',
        version: 2,
        contentHash: created.contentHash,
        comment: 'Validated',
        reviewer: expect.objectContaining({ name: 'Rae Reviewer' }),
      }),
    ]);
    expect(version.reviews[0].createdAt).toBeInstanceOf(Date);
  });

  it('only authors and admins submit; only reviewers approve or request changes', async () => {
    const created = await createTestCard({ author: team.author });
    const cardId = created.card.id;
    for (const actor of [team.reviewer, team.auditor]) {
      await expect(submitForReview({ actor, cardId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await submitForReview({ actor: team.admin, cardId });
    for (const actor of [team.author, team.admin, team.auditor]) {
      await expect(approve({ actor, cardId, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(requestChanges({ actor, cardId, version: 1, comment: 'No' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(approve({ actor: null, cardId, version: 1 })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await getCard({ actor: team.author, cardId })).status).toBe('PendingReview');
  });

  it('refuses transitions from the wrong status', async () => {
    const created = await createTestCard({ author: team.author });
    const cardId = created.card.id;
    await expect(approve({ actor: team.reviewer, cardId, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('not waiting for review'),
    });
    await submitForReview({ actor: team.author, cardId });
    await expect(submitForReview({ actor: team.author, cardId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already waiting for review'),
    });
    await approve({ actor: team.reviewer, cardId, version: 1 });
    await expect(submitForReview({ actor: team.author, cardId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already approved'),
    });
  });

  it('a reviewer decides about the version they read: a newer version refuses the decision', async () => {
    const created = await createTestCard({ author: team.author });
    const cardId = created.card.id;
    await saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ description: 'v2' }) });
    await submitForReview({ actor: team.author, cardId });
    await expect(approve({ actor: team.reviewer, cardId, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT', details: { latestVersion: 2 } });
  });
});

describe('separation of duties and quorum (rule 5)', () => {
  it('nobody approves a version they authored, even holding the reviewer role', async () => {
    const both = await createTestUser(['author', 'reviewer'], 'Bo Both');
    const created = await createTestCard({ author: both });
    const cardId = created.card.id;
    await submitForReview({ actor: both, cardId });
    await expect(approve({ actor: both, cardId, version: 1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You authored this version, so you cannot approve it',
    });
    // Authoring an earlier version is no bar: the duty is about the content being approved.
    await saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ description: 'Ann rewrote it' }) });
    await submitForReview({ actor: team.author, cardId });
    expect((await approve({ actor: both, cardId, version: 2 })).approved).toBe(true);
  });

  it('High risk needs two distinct approving reviewers on the same version and hash; the first waits for a second', async () => {
    const created = await createTestCard({ author: team.author, risk: 'High' });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    const first = await approve({ actor: team.reviewer, cardId, version: 1 });
    expect(first).toMatchObject({ approved: false, approvals: 1, approvalsRequired: 2, card: { status: 'PendingReview' } });
    expect(first.message).toContain('waiting for a second reviewer');
    await expect(approve({ actor: team.reviewer, cardId, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already approved version 1'),
    });
    expect((await getCard({ actor: team.author, cardId })).status).toBe('PendingReview');

    const second = await approve({ actor: team.secondReviewer, cardId, version: 1 });
    expect(second).toMatchObject({ approved: true, approvals: 2, card: { status: 'Approved' } });
    const reviews = (await getVersion({ actor: team.auditor, cardId })).reviews;
    expect(reviews.map((review) => [review.reviewer.name, review.decision, review.version, review.contentHash])).toEqual([
      ['Rae Reviewer', 'Approved', 1, created.contentHash],
      ['Sam Second', 'Approved', 1, created.contentHash],
    ]);
  });

  it('an approval never carries over: changed content starts again as Draft and needs new approvals', async () => {
    const created = await createTestCard({ author: team.author, risk: 'High' });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 1 });
    await approve({ actor: team.secondReviewer, cardId, version: 1 });

    const saved = await saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ risk: 'High', description: 'Retrained' }) });
    expect(saved.card.status).toBe('Draft');
    const reopened = await getVersion({ actor: team.auditor, cardId, version: 2 });
    expect(reopened.statusChanges.map((change) => [change.fromStatus, change.toStatus, change.actor.name])).toEqual([['Approved', 'Draft', 'Ann Author']]);

    await submitForReview({ actor: team.author, cardId });
    expect((await approve({ actor: team.reviewer, cardId, version: 2 })).approved).toBe(false);
    expect((await approve({ actor: team.secondReviewer, cardId, version: 2 })).approved).toBe(true);

    const history = await listVersions({ actor: team.auditor, cardId });
    expect(history.items.map((item) => [item.version, item.status, item.reviews.length])).toEqual([
      [1, 'Approved', 2],
      [2, 'Approved', 2],
    ]);
  });

  it('saving a card waiting for review takes it back to Draft', async () => {
    const created = await createTestCard({ author: team.author });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    const saved = await saveVersion({ actor: team.coauthor, cardId, baseVersion: 1, content: sampleContent({ description: 'late fix' }) });
    expect(saved.card.status).toBe('Draft');
    expect((await listVersions({ actor: team.author, cardId })).items.map((item) => item.status)).toEqual(['PendingReview', 'Draft']);
  });

  it('request changes needs a comment, records it, and sends the card back to Draft', async () => {
    const created = await createTestCard({ author: team.author });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    for (const comment of ['', '   ', undefined]) {
      await expect(requestChanges({ actor: team.reviewer, cardId, version: 1, comment: comment as string })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        path: 'comment',
      });
    }
    const card = await requestChanges({ actor: team.reviewer, cardId, version: 1, comment: 'Add the fairness metrics' });
    expect(card.status).toBe('Draft');
    const version = await getVersion({ actor: team.author, cardId });
    expect(version.reviews).toEqual([
      expect.objectContaining({ decision: 'ChangesRequested', comment: 'Add the fairness metrics', contentHash: created.contentHash }),
    ]);
    expect(version.statusChanges.at(-1)).toMatchObject({ fromStatus: 'PendingReview', toStatus: 'Draft', comment: 'Add the fairness metrics' });
    expect(await versionCount(cardId)).toBe(1);
  });
});

describe('archive (rule 5)', () => {
  it('the owner or an admin archives from any status; others cannot', async () => {
    const mine = await createTestCard({ author: team.author });
    await expect(archive({ actor: team.coauthor, cardId: mine.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(archive({ actor: team.reviewer, cardId: mine.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await archive({ actor: team.author, cardId: mine.card.id, comment: 'Retired' })).status).toBe('Archived');

    const pending = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: pending.card.id });
    expect((await archive({ actor: team.admin, cardId: pending.card.id })).status).toBe('Archived');
    await expect(archive({ actor: team.admin, cardId: pending.card.id })).rejects.toMatchObject({ code: 'ARCHIVED', message: 'Model card is archived' });
  });

  it('an Archived card refuses content and review changes but can still be read and diffed', async () => {
    const created = await createTestCard({ author: team.author, versions: 2 });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    await archive({ actor: team.author, cardId });
    const archived = { code: 'ARCHIVED', message: 'Model card is archived' };
    await expect(saveVersion({ actor: team.author, cardId, baseVersion: 2, content: sampleContent({ description: 'after archive' }) })).rejects.toMatchObject(
      archived,
    );
    await expect(submitForReview({ actor: team.author, cardId })).rejects.toMatchObject(archived);
    await expect(approve({ actor: team.reviewer, cardId, version: 2 })).rejects.toMatchObject(archived);
    await expect(requestChanges({ actor: team.reviewer, cardId, version: 2, comment: 'x' })).rejects.toMatchObject(archived);
    expect(await versionCount(cardId)).toBe(2);
    expect((await getVersion({ actor: team.auditor, cardId })).status).toBe('Archived');
    expect((await diffVersions({ actor: team.auditor, cardId, from: 1, to: 2 })).diff.summary).toBe('1 field changed in 1 section');
  });
});

describe('audit trail of card changes (rule 9)', () => {
  it('every change writes one chained audit event naming the version and hash; refused changes write none', async () => {
    const created = await createTestCard({ author: team.author, risk: 'High' });
    const cardId = created.card.id;
    const saved = await saveVersion({ actor: team.coauthor, cardId, baseVersion: 1, content: sampleContent({ risk: 'High', description: 'v2' }) });
    await expect(saveVersion({ actor: team.author, cardId, baseVersion: 1, content: sampleContent({ description: 'stale' }) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      saveVersion({ actor: team.author, cardId, baseVersion: 2, content: sampleContent({ risk: 'High', description: 'v2' }) }),
    ).rejects.toMatchObject({ code: 'NO_CHANGES' });
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 2 });
    await requestChanges({ actor: team.secondReviewer, cardId, version: 2, comment: 'Missing caveats' });
    await archive({ actor: team.author, cardId });

    const events = await database.db.auditEvent.findMany({ where: { targetType: 'model_card', targetId: cardId }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => [event.action, event.actorEmail, event.cardVersion, event.contentHash])).toEqual([
      ['card.created', team.author.email, 1, created.contentHash],
      ['card.version_saved', team.coauthor.email, 2, saved.contentHash],
      ['card.submitted', team.author.email, 2, saved.contentHash],
      ['card.approval_recorded', team.reviewer.email, 2, saved.contentHash],
      ['card.changes_requested', team.secondReviewer.email, 2, saved.contentHash],
      ['card.archived', team.author.email, 2, saved.contentHash],
    ]);
    expect(events.every((event) => event.targetName === created.card.name)).toBe(true);
    expect(JSON.parse(events[4].details)).toMatchObject({ from: 'PendingReview', to: 'Draft', comment: 'Missing caveats' });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
