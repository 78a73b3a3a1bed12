// A re-review reopens an Approved card's version without a new one: reviewers and admins start it (audited, on the timeline, announced through the outbox), the same version is approved again in a new round with the usual rules, and the dashboard's next review moves.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import type { Team } from '@/test/factories';
import { getDashboardScreen } from '@/lib/server/screens/dashboard-screen';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { archive } from './archive';
import { startReReview } from './start-re-review';
import { getCardPermissions } from './get-card-permissions';
import { getCardTimeline } from './get-card-timeline';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

async function approvedCard(risk: 'Low' | 'High' = 'Low') {
  const { card } = await createTestCard({ author: team.author, risk });
  await submitForReview({ actor: team.author, cardId: card.id });
  await approve({ actor: team.reviewer, cardId: card.id, version: 1 });
  if (risk === 'High') await approve({ actor: team.secondReviewer, cardId: card.id, version: 1 });
  return card;
}

async function dashboardRowOf(name: string) {
  const screen = await getDashboardScreen({ actor: team.reviewer, params: { q: name } });
  return screen.rows.find((row) => row.card?.name === name)!;
}

describe('startReReview', () => {
  it('reopens the approved version for review without a new version, audited, on the timeline and in the outbox', async () => {
    const card = await approvedCard();
    const reopened = await startReReview({ actor: team.reviewer, cardId: card.id });
    expect(reopened).toMatchObject({ status: 'PendingReview', latestVersion: 1 });
    expect(await database.db.modelCardVersion.count({ where: { cardId: card.id } })).toBe(1);

    const audit = await database.db.auditEvent.findFirst({ where: { targetId: card.id, action: 'card.rereview_started' } });
    expect(audit).toMatchObject({ actorId: team.reviewer.id, cardVersion: 1 });
    const [entry] = (await getCardTimeline({ actor: team.auditor, cardId: card.id })).entries;
    expect(entry).toMatchObject({ version: 1, actor: { id: team.reviewer.id }, change: { from: 'Approved', to: 'PendingReview' }, decision: null });
    expect(entry!.comment).toBe('Periodic re-review started');

    const [event] = await database.db.event.findMany({ where: { stream: { endsWith: `model-card/${card.name}` } }, orderBy: { sequence: 'desc' }, take: 1 });
    expect(event).toMatchObject({ type: 'model_card.submitted', detailType: 'SageMaker Model Card State Change' });
    expect(JSON.parse(event!.body).detail).toMatchObject({ ModelCardStatus: 'PendingReview', ModelCardVersion: 1 });
  });

  it('lets the same reviewer approve the same version again, and the next review moves to after the re-approval', async () => {
    const card = await approvedCard();
    const before = await dashboardRowOf(card.name);
    expect(before.card?.status).toBe('Approved');
    await startReReview({ actor: team.reviewer, cardId: card.id, comment: 'Yearly check' });
    expect((await dashboardRowOf(card.name)).nextReviewAt).toBeNull();
    expect(await getCardPermissions({ actor: team.reviewer, cardId: card.id })).toMatchObject({ canApprove: true, quorum: { approvals: 0, required: 1 } });

    const result = await approve({ actor: team.reviewer, cardId: card.id, version: 1, comment: 'Still fit for purpose' });
    expect(result).toMatchObject({ approved: true, approvals: 1 });
    const after = await dashboardRowOf(card.name);
    expect(after.card?.status).toBe('Approved');
    expect(new Date(after.lastApproved!.at).getTime()).toBeGreaterThan(new Date(before.lastApproved!.at).getTime());
    expect(new Date(after.nextReviewAt!).getTime()).toBeGreaterThan(new Date(before.nextReviewAt!).getTime());

    // Both approvals of version 1 are on the timeline, each folded into the status change it made.
    const { entries } = await getCardTimeline({ actor: team.auditor, cardId: card.id });
    const approvals = entries.filter((entry) => entry.decision === 'Approved');
    expect(approvals.map((entry) => [entry.change?.to, entry.comment])).toEqual([
      ['Approved', 'Still fit for purpose'],
      ['Approved', null],
    ]);
    expect(entries).toHaveLength(5);
    expect(await database.db.modelCardVersion.count({ where: { cardId: card.id } })).toBe(1);
  });

  it('keeps separation of duties and needs a fresh quorum: a High-risk re-review takes two new approvals', async () => {
    const card = await approvedCard('High');
    await startReReview({ actor: team.admin, cardId: card.id });
    await expect(approve({ actor: team.author, cardId: card.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const first = await approve({ actor: team.reviewer, cardId: card.id, version: 1 });
    expect(first).toMatchObject({ approved: false, approvals: 1, approvalsRequired: 2 });
    await expect(approve({ actor: team.reviewer, cardId: card.id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await approve({ actor: team.secondReviewer, cardId: card.id, version: 1 })).toMatchObject({ approved: true, approvals: 2 });
  });

  it('lets a reviewer send a re-reviewed card back to Draft once per round', async () => {
    const card = await approvedCard();
    await startReReview({ actor: team.reviewer, cardId: card.id });
    await requestChanges({ actor: team.reviewer, cardId: card.id, version: 1, comment: 'The data moved; retrain first' });
    expect((await getCardPermissions({ actor: team.author, cardId: card.id })).canSubmit).toBe(true);
  });

  it('is for reviewers and admins, on Approved cards only', async () => {
    const card = await approvedCard();
    await expect(startReReview({ actor: team.author, cardId: card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(startReReview({ actor: team.auditor, cardId: card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await startReReview({ actor: team.reviewer, cardId: card.id });
    await expect(startReReview({ actor: team.reviewer, cardId: card.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `${card.name} is not approved (its status is PendingReview), so there is no approval to re-review.`,
    });
    const { card: draft } = await createTestCard({ author: team.author });
    await expect(startReReview({ actor: team.reviewer, cardId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const archived = await approvedCard();
    await archive({ actor: team.admin, cardId: archived.id });
    await expect(startReReview({ actor: team.admin, cardId: archived.id })).rejects.toMatchObject({ code: 'ARCHIVED' });
    expect(await database.db.auditEvent.count({ where: { targetId: draft.id, action: 'card.rereview_started' } })).toBe(0);
  });
});
