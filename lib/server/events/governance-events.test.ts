// Cardinal's governance events: an approval names the hash and its approvers, a card saved after its package's approval says so, and a review that fell due is announced once per version and due date.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { setReviewPolicy } from '@/lib/server/dashboard/set-review-policy';
import { announceOverdueReviews } from './announce-overdue-reviews';
import type { TEventEnvelope } from './record-event';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const CARD_ARN = (name: string) => `arn:aws:sagemaker:us-east-1:000000000000:model-card/${name}`;
const DAY = 24 * 60 * 60 * 1000;

async function eventsOf(stream: string, type?: string): Promise<{ sequence: number; type: string; resources: string[]; envelope: TEventEnvelope }[]> {
  const rows = await database.db.event.findMany({ where: { stream, ...(type ? { type } : {}) }, orderBy: { sequence: 'asc' } });
  return rows.map((row) => ({ sequence: row.sequence, type: row.type, resources: row.resources, envelope: JSON.parse(row.body) }));
}

describe('approval bound to a hash', () => {
  it('follows the approval of a High-risk card once the quorum is met, naming the version, the hash and both approvers', async () => {
    const saved = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ risk: 'High' }) });
    const cardId = saved.card.id;
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 1 });
    expect(await eventsOf(CARD_ARN(saved.card.name), 'model_card.approval_bound')).toEqual([]);
    await approve({ actor: team.secondReviewer, cardId, version: 1 });

    const events = await eventsOf(CARD_ARN(saved.card.name));
    expect(events.map((event) => event.type)).toEqual([
      'model_card.created',
      'model_card.submitted',
      'model_card.review_recorded',
      'model_card.approved',
      'model_card.review_recorded',
      'model_card.approval_bound',
    ]);
    const bound = events[5].envelope;
    expect(bound).toMatchObject({ source: 'cardinal', 'detail-type': 'Cardinal Model Card Approval Bound', resources: [CARD_ARN(saved.card.name)] });
    expect(bound.detail).toMatchObject({
      ModelCardName: saved.card.name,
      ModelCardVersion: 1,
      ContentHash: saved.contentHash,
      Approvers: [{ UserProfileName: team.reviewer.name }, { UserProfileName: team.secondReviewer.name }],
    });
    expect(bound.time).toBe(events[3].envelope.time);
  });
});

describe('card changed since package approval', () => {
  async function approvedPackageWithCard() {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    return { pkg, card };
  }

  it('is announced when a new version is saved for a card whose package approval relied on the earlier version and hash', async () => {
    const { pkg, card } = await approvedPackageWithCard();
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    const next = await saveVersion({
      actor: team.author,
      cardId: card.card.id,
      baseVersion: 1,
      content: sampleContent({ modelPackageArn: pkg.arn, description: 'Retrained on Q3 data.' }),
    });

    const events = await eventsOf(CARD_ARN(card.card.name));
    expect(events.slice(-2).map((event) => event.type)).toEqual(['model_card.version_saved', 'model_card.changed_since_package_approval']);
    const changed = events[events.length - 1];
    expect(changed.resources).toEqual([CARD_ARN(card.card.name), pkg.arn]);
    expect(changed.envelope).toMatchObject({ source: 'cardinal', 'detail-type': 'Cardinal Model Card Changed Since Package Approval' });
    expect(changed.envelope.detail).toMatchObject({
      ModelCardVersion: 2,
      ContentHash: next.contentHash,
      ModelPackageArn: pkg.arn,
      ModelApprovalStatus: 'Approved',
      ApprovedModelCardVersion: 1,
      ApprovedContentHash: card.contentHash,
    });
    expect(next.contentHash).not.toBe(card.contentHash);
  });

  it('is not announced while the package is not approved', async () => {
    const { pkg, card } = await approvedPackageWithCard();
    await saveVersion({
      actor: team.author,
      cardId: card.card.id,
      baseVersion: 1,
      content: sampleContent({ modelPackageArn: pkg.arn, description: 'A change before any package approval.' }),
    });
    expect(await eventsOf(CARD_ARN(card.card.name), 'model_card.changed_since_package_approval')).toEqual([]);
  });
});

describe('review overdue', () => {
  async function approvedAt(risk: 'Low' | 'High') {
    const saved = await createCard({ actor: team.author, name: uniqueCardName('due'), content: sampleContent({ risk }) });
    await submitForReview({ actor: team.author, cardId: saved.card.id });
    await approve({ actor: team.reviewer, cardId: saved.card.id, version: 1 });
    if (risk === 'High') await approve({ actor: team.secondReviewer, cardId: saved.card.id, version: 1 });
    const approval = await database.db.cardStatusChange.findFirstOrThrow({
      where: { cardId: saved.card.id, toStatus: 'Approved' },
      select: { createdAt: true },
    });
    return { saved, at: approval.createdAt };
  }

  it('is announced once per version and due date, after the date passes, however many checks run at once', async () => {
    await setReviewPolicy({ actor: team.admin, policy: { High: 6, Medium: 12, Low: 24, Unknown: 12 } });
    const { saved, at } = await approvedAt('Low');
    const due = new Date(at);
    due.setUTCMonth(due.getUTCMonth() + 24);
    const stream = CARD_ARN(saved.card.name);

    await announceOverdueReviews({ now: new Date(due.getTime() - DAY) });
    expect(await eventsOf(stream, 'model_card.review_overdue')).toEqual([]);

    const later = new Date(due.getTime() + DAY);
    await Promise.all([announceOverdueReviews({ now: later }), announceOverdueReviews({ now: later }), announceOverdueReviews({ now: later })]);
    await announceOverdueReviews({ now: new Date(due.getTime() + 30 * DAY) });
    const overdue = await eventsOf(stream, 'model_card.review_overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].envelope).toMatchObject({ source: 'cardinal', 'detail-type': 'Cardinal Model Card Review Overdue', resources: [stream] });
    expect(overdue[0].envelope.detail).toMatchObject({
      ModelCardName: saved.card.name,
      ModelCardVersion: 1,
      ContentHash: saved.contentHash,
      RiskRating: 'Low',
      ApprovedAt: at.toISOString(),
      ReviewDueAt: due.toISOString(),
    });
    const notice = await database.db.reviewOverdueNotice.findFirstOrThrow({ where: { cardId: saved.card.id } });
    expect(notice.eventId).toBe((await database.db.event.findFirstOrThrow({ where: { stream, type: 'model_card.review_overdue' } })).id);
  });

  it('follows the review policy: a shorter period for High risk makes the review due sooner, and a new approved version gets its own notice', async () => {
    await setReviewPolicy({ actor: team.admin, policy: { High: 3, Medium: 12, Low: 24, Unknown: 12 } });
    const { saved, at } = await approvedAt('High');
    const stream = CARD_ARN(saved.card.name);
    const due = new Date(at);
    due.setUTCMonth(due.getUTCMonth() + 3);
    await announceOverdueReviews({ now: new Date(due.getTime() + DAY) });
    expect((await eventsOf(stream, 'model_card.review_overdue')).map((event) => event.envelope.detail.ReviewDueAt)).toEqual([due.toISOString()]);

    const next = await saveVersion({
      actor: team.author,
      cardId: saved.card.id,
      baseVersion: 1,
      content: sampleContent({ risk: 'High', description: 'Reviewed again.' }),
    });
    await submitForReview({ actor: team.author, cardId: saved.card.id });
    await approve({ actor: team.reviewer, cardId: saved.card.id, version: 2 });
    await approve({ actor: team.secondReviewer, cardId: saved.card.id, version: 2 });
    // Version 2 was approved just now: its review is due three months from now, not yet.
    await announceOverdueReviews();
    expect(await eventsOf(stream, 'model_card.review_overdue')).toHaveLength(1);

    await announceOverdueReviews({ now: new Date(due.getTime() + 2 * DAY) });
    const overdue = await eventsOf(stream, 'model_card.review_overdue');
    expect(overdue.map((event) => [event.envelope.detail.ModelCardVersion, event.envelope.detail.ContentHash])).toEqual([
      [1, saved.contentHash],
      [2, next.contentHash],
    ]);
  });
});
