// The dashboard's one read: a row per package version, registered model and unlinked card, with risk, statuses, last approval, next review by the review policy and the flags; filters, sort, pages and counts come from the database.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestUser, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, createTestModel, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { approve } from '@/lib/server/model-cards/approve';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { setReviewPolicy } from '@/lib/server/dashboard/set-review-policy';
import { DEFAULT_REVIEW_POLICY } from '@/lib/schemas/dashboard-query';
import { getDashboardScreen } from './dashboard-screen';

let team: Team;
let database: TestDatabase;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const MONTH = 31 * 24 * 3600 * 1000;

function monthsFromNow(months: number): Date {
  return new Date(Date.now() + months * MONTH);
}

describe('getDashboardScreen', () => {
  it('lists each package version with its card, approval, last approval and next review by risk; a new card version flags the approved package', async () => {
    const group = await createTestGroup(team.author);
    const approvedPkg = await registerTestPackage(team.author, group.name);
    const bare = await registerTestPackage(team.author, group.name);
    const card = await createApprovedCard({
      author: team.author,
      reviewer: team.reviewer,
      content: sampleContent({ modelPackageArn: approvedPkg.arn, risk: 'Low' }),
    });
    await updateModelPackage({ actor: team.reviewer, arn: approvedPkg.arn, approvalStatus: 'Approved' });

    let screen = await getDashboardScreen({ actor: team.auditor, params: { q: group.name, sort: 'name' } });
    expect(screen.rows.map((row) => row.name)).toEqual([`${group.name}/1`, `${group.name}/2`]);
    const [first, second] = screen.rows;
    expect(first).toMatchObject({
      kind: 'package',
      subject: approvedPkg.arn,
      packageApproval: 'Approved',
      card: { name: card.card.name, status: 'Approved', riskRating: 'Low' },
      lastApproved: { by: team.reviewer.name },
      flags: [],
    });
    // Low risk: due 24 months after the approval.
    const approvedAt = new Date(first!.lastApproved!.at);
    const due = new Date(first!.nextReviewAt!);
    expect(due.getUTCMonth()).toBe(approvedAt.getUTCMonth());
    expect(due.getUTCFullYear()).toBe(approvedAt.getUTCFullYear() + 2);
    expect(second).toMatchObject({
      kind: 'package',
      subject: bare.arn,
      packageApproval: 'PendingManualApproval',
      card: null,
      nextReviewAt: null,
      flags: ['no-card'],
    });

    await saveVersion({
      actor: team.author,
      cardId: card.card.id,
      baseVersion: 1,
      content: sampleContent({ modelPackageArn: approvedPkg.arn, risk: 'Low', description: 'Retrained' }),
    });
    screen = await getDashboardScreen({ actor: team.auditor, params: { q: group.name, flag: 'card-changed-since-approval' } });
    expect(screen.rows).toHaveLength(1);
    expect(screen.rows[0]).toMatchObject({ name: `${group.name}/1`, card: { status: 'Draft' }, nextReviewAt: null });
    expect(screen.rows[0]!.flags).toEqual(['package-approved-card-not', 'card-changed-since-approval']);
  });

  it('flags an approved card as overdue once the policy period for its risk has passed at the given time, and counts it', async () => {
    const model = await createTestModel(team.author);
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelId: model.arn, risk: 'Low' }) });
    const q = model.name;
    const before = await getDashboardScreen({ actor: team.reviewer, params: { q }, now: monthsFromNow(23) });
    expect(before.rows).toEqual([expect.objectContaining({ kind: 'model', name: model.name, card: expect.objectContaining({ id: card.card.id }), flags: [] })]);
    const after = await getDashboardScreen({ actor: team.reviewer, params: { q }, now: monthsFromNow(25) });
    expect(after.rows[0]!.flags).toEqual(['review-overdue']);
    expect(after.canReview).toBe(true);
    expect(after.counts.flags['review-overdue']).toBeGreaterThanOrEqual(1);
    expect(after.counts.flags['review-overdue']).toBeGreaterThan(
      (await getDashboardScreen({ actor: team.reviewer, params: { q }, now: monthsFromNow(23) })).counts.flags['review-overdue'],
    );

    // An admin shortens the Low period: the same card is overdue sooner.
    await setReviewPolicy({ actor: team.admin, policy: { ...DEFAULT_REVIEW_POLICY, Low: 3 } });
    try {
      const sooner = await getDashboardScreen({ actor: team.reviewer, params: { q, flag: 'review-overdue' }, now: monthsFromNow(4) });
      expect(sooner.policy.Low).toBe(3);
      expect(sooner.rows.map((row) => row.name)).toEqual([model.name]);
    } finally {
      await setReviewPolicy({ actor: team.admin, policy: DEFAULT_REVIEW_POLICY });
    }
  });

  it('lists cards that document nothing registered: never approved, and linked to a package that is gone', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const ghostArn = pkg.arn.replace(/\/1$/, '/7');
    const orphan = await createCard({
      actor: team.author,
      name: uniqueCardName('orphan'),
      content: sampleContent({ modelPackageArn: ghostArn, risk: 'High' }),
    });
    const loose = await createCard({ actor: team.author, name: uniqueCardName('loose'), content: sampleContent({ risk: 'Medium' }) });

    const orphanRow = (await getDashboardScreen({ actor: team.auditor, params: { q: orphan.card.name } })).rows;
    expect(orphanRow).toEqual([
      expect.objectContaining({
        kind: 'card',
        subject: ghostArn,
        card: expect.objectContaining({ riskRating: 'High', status: 'Draft' }),
        flags: ['card-never-approved', 'package-missing'],
      }),
    ]);
    const looseRow = (await getDashboardScreen({ actor: team.auditor, params: { q: loose.card.name } })).rows;
    expect(looseRow).toEqual([expect.objectContaining({ kind: 'card', subject: null, flags: ['card-never-approved'] })]);

    // Another account's or region's package was never this server's to lose.
    const elsewhere = await createCard({
      actor: team.author,
      name: uniqueCardName('elsewhere'),
      content: sampleContent({ modelPackageArn: pkg.arn.replace(':000000000000:', ':123456789012:').replace(/\/1$/, '/9') }),
    });
    const otherRegion = await createCard({
      actor: team.author,
      name: uniqueCardName('other-region'),
      content: sampleContent({ modelPackageArn: pkg.arn.replace(':us-east-1:', ':eu-west-1:').replace(/\/1$/, '/9') }),
    });
    for (const other of [elsewhere, otherRegion]) {
      const rows = (await getDashboardScreen({ actor: team.auditor, params: { q: other.card.name } })).rows;
      expect(rows).toEqual([expect.objectContaining({ kind: 'card', flags: ['card-never-approved'] })]);
    }

    const byRisk = await getDashboardScreen({ actor: team.auditor, params: { risk: 'High', kind: 'card', flag: 'package-missing' } });
    expect(byRisk.rows.map((row) => row.name)).toContain(orphan.card.name);
    expect(byRisk.rows.every((row) => row.card?.riskRating === 'High')).toBe(true);
  });

  it('pages and sorts in the database, counts the whole inventory by risk and status, and explains a bad URL', async () => {
    const group = await createTestGroup(team.author);
    for (let index = 0; index < 3; index++) await registerTestPackage(team.author, group.name);
    const page2 = await getDashboardScreen({ actor: team.auditor, params: { q: group.name, sort: 'name', order: 'desc', page: '2' }, pageSize: 2 });
    expect(page2.matching).toBe(3);
    expect(page2.rows.map((row) => row.name)).toEqual([`${group.name}/1`]);
    const total = page2.counts.grid.reduce((sum, cell) => sum + cell.count, 0);
    expect(total).toBe(page2.counts.total);
    expect(page2.counts.grid.find((cell) => cell.risk === 'none' && cell.status === 'none')!.count).toBeGreaterThanOrEqual(3);

    const bad = await getDashboardScreen({ actor: team.auditor, params: { sort: 'colour' } });
    expect(bad.error).toMatch(/^sort:/);
    expect(bad.rows).toEqual([]);
  });

  it('is refused to a user with no role; only admins set the policy', async () => {
    await expect(getDashboardScreen({ actor: await createTestUser([]), params: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setReviewPolicy({ actor: team.reviewer, policy: DEFAULT_REVIEW_POLICY })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setReviewPolicy({ actor: team.admin, policy: { ...DEFAULT_REVIEW_POLICY, High: 0 } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^High:/),
    });
    await setReviewPolicy({ actor: team.admin, policy: { ...DEFAULT_REVIEW_POLICY, High: 3 } });
    await setReviewPolicy({ actor: team.admin, policy: DEFAULT_REVIEW_POLICY });
    const events = await database.db.auditEvent.findMany({
      where: { action: 'settings.review_policy_changed', actorId: team.admin.id },
      orderBy: { seq: 'asc' },
      select: { details: true },
    });
    expect(events.map((event) => JSON.parse(event.details))).toContainEqual({ from: DEFAULT_REVIEW_POLICY, to: { ...DEFAULT_REVIEW_POLICY, High: 3 } });
  });
});

describe('the asOf view', () => {
  it('judges overdue at the end of the day the URL names', async () => {
    const model = await createTestModel(team.author);
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelId: model.arn, risk: 'High' }) });
    // High risk needs a second reviewer.
    await approve({ actor: team.secondReviewer, cardId: card.card.id, version: 1 });
    const inSevenMonths = monthsFromNow(7).toISOString().slice(0, 10);
    const screen = await getDashboardScreen({ actor: team.auditor, params: { q: model.name, asOf: inSevenMonths } });
    expect(screen.now).toBe(`${inSevenMonths}T23:59:59.999Z`);
    expect(screen.rows[0]!.flags).toEqual(['review-overdue']);
    expect((await getDashboardScreen({ actor: team.auditor, params: { asOf: '2026-13-01' } })).error).toMatch(/^asOf:/);
  });
});
