// The approval gate: a package version becomes Approved only while its card's latest version is Approved; only reviewers and admins change approval; each change is an append-only record of the card version and hash it relied on; a later card version flags the package.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { updateModelPackage } from './update-model-package';
import { getModelPackage } from './get-model-package';
import { registerModelPackage } from './register-model-package';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

async function packageWithoutCard() {
  const group = await createTestGroup(team.author);
  return registerTestPackage(team.author, group.name);
}

describe('approving a package version', () => {
  it('is refused while the package has no card, saying to create and approve one', async () => {
    const pkg = await packageWithoutCard();
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/has no model card\. Create its card .* have a reviewer approve it, then approve the package/),
    });
    const after = await getModelPackage({ actor: team.auditor, arn: pkg.arn });
    expect(after.approvalStatus).toBe('PendingManualApproval');
    expect(after.approvals).toEqual([]);
  });

  it('is refused while the card is Draft or PendingReview, naming the card, its status and what must happen first', async () => {
    const pkg = await packageWithoutCard();
    const card = await createCard({ actor: team.author, name: `${pkg.groupName}-card`, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`its model card ${card.card.name} is Draft (version 1). Submit ${card.card.name} for review`),
      details: { cardName: card.card.name, cardStatus: 'Draft', cardVersion: 1 },
    });
    await submitForReview({ actor: team.author, cardId: card.card.id });
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`is PendingReview (version 1). A reviewer has to approve version 1 of ${card.card.name}`),
    });
  });

  it('is refused while the card is Archived, even after an approval', async () => {
    const pkg = await packageWithoutCard();
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await archive({ actor: team.author, cardId: card.card.id });
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { cardStatus: 'Archived' },
    });
  });

  it('succeeds once the card is Approved and records the card version and hash it relied on', async () => {
    const pkg = await packageWithoutCard();
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    const approved = await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved', approvalDescription: 'Validated by MRM' });
    expect(approved).toMatchObject({ approvalStatus: 'Approved', approvalDescription: 'Validated by MRM', cardChangedSinceApproval: false });
    expect(approved.card).toMatchObject({ name: card.card.name, status: 'Approved', latestVersion: 1, contentHash: card.contentHash });
    expect(approved.approvals).toHaveLength(1);
    expect(approved.approvals[0]).toMatchObject({
      fromStatus: 'PendingManualApproval',
      toStatus: 'Approved',
      description: 'Validated by MRM',
      actor: { id: team.reviewer.id },
      cardId: card.card.id,
      cardName: card.card.name,
      cardVersion: 1,
      cardContentHash: card.contentHash,
    });
    const events = await database.db.auditEvent.findMany({ where: { targetId: pkg.id, action: 'model_package.approval_changed' }, select: { details: true } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].details)).toMatchObject({ from: 'PendingManualApproval', to: 'Approved', card: { version: 1, contentHash: card.contentHash } });
  });

  it('flags "card changed since approval" when the card gets a new version, without revoking; re-approving against the new approved version clears it', async () => {
    const pkg = await packageWithoutCard();
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await updateModelPackage({ actor: team.admin, arn: pkg.arn, approvalStatus: 'Approved' });
    const v2 = await saveVersion({
      actor: team.author,
      cardId: card.card.id,
      baseVersion: 1,
      content: sampleContent({ modelPackageArn: pkg.arn, description: 'Retrained' }),
    });

    const flagged = await getModelPackage({ actor: team.auditor, arn: pkg.arn });
    expect(flagged).toMatchObject({ approvalStatus: 'Approved', cardChangedSinceApproval: true, card: { latestVersion: 2, status: 'Draft' } });

    // Re-approving against a Draft version 2 is refused by the gate; once v2 is approved it records v2 and clears the flag.
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await submitForReview({ actor: team.author, cardId: card.card.id });
    await approve({ actor: team.reviewer, cardId: card.card.id, version: 2 });
    const reapproved = await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    expect(reapproved.cardChangedSinceApproval).toBe(false);
    expect(reapproved.approvals.map((record) => [record.fromStatus, record.toStatus, record.cardVersion, record.cardContentHash])).toEqual([
      ['Approved', 'Approved', 2, v2.contentHash],
      ['PendingManualApproval', 'Approved', 1, card.contentHash],
    ]);
  });

  it('flags the package when the card it relied on is deleted', async () => {
    const pkg = await packageWithoutCard();
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    await deleteCard({ actor: team.admin, cardId: card.card.id });
    expect(await getModelPackage({ actor: team.auditor, arn: pkg.arn })).toMatchObject({
      approvalStatus: 'Approved',
      card: null,
      cardChangedSinceApproval: true,
    });
  });

  it('a repeated identical approval records nothing', async () => {
    const pkg = await packageWithoutCard();
    await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    const again = await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    expect(again.approvals).toHaveLength(1);
  });

  it('rejecting needs no approved card, and is recorded too', async () => {
    const pkg = await packageWithoutCard();
    const rejected = await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Rejected', approvalDescription: 'AUC too low' });
    expect(rejected.approvals[0]).toMatchObject({ fromStatus: 'PendingManualApproval', toStatus: 'Rejected', description: 'AUC too low', cardId: null });
  });
});

describe('who changes approval', () => {
  it('authors and auditors cannot change approval status or description; reviewers and admins can', async () => {
    const pkg = await packageWithoutCard();
    for (const actor of [team.author, team.auditor]) {
      await expect(updateModelPackage({ actor, arn: pkg.arn, approvalStatus: 'Rejected' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateModelPackage({ actor, arn: pkg.arn, approvalDescription: 'looks fine' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(updateModelPackage({ actor: null, arn: pkg.arn, approvalStatus: 'Rejected' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Rejected' })).approvalStatus).toBe('Rejected');
    expect((await updateModelPackage({ actor: team.admin, arn: pkg.arn, approvalStatus: 'PendingManualApproval' })).approvalStatus).toBe(
      'PendingManualApproval',
    );
  });

  it('an author cannot register a package straight into Approved or Rejected; registering into Approved is gated like an update', async () => {
    const group = await createTestGroup(team.author);
    await expect(registerTestPackage(team.author, group.name, { members: { approvalStatus: 'Rejected' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(registerModelPackage({ actor: team.admin, groupName: group.name, approvalStatus: 'Approved' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('has no model card'),
    });
    // The refused registration took no version number.
    expect((await registerTestPackage(team.author, group.name)).version).toBe(1);
  });

  it('reviewers cannot change other package fields', async () => {
    const pkg = await packageWithoutCard();
    await expect(updateModelPackage({ actor: team.reviewer, arn: pkg.arn, sourceUri: 's3://elsewhere' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('approval records are append-only', () => {
  it('the database refuses to change or delete one', async () => {
    const pkg = await packageWithoutCard();
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Rejected' });
    const record = await database.db.modelPackageApproval.findFirstOrThrow({ where: { packageId: pkg.id } });
    await expect(database.db.modelPackageApproval.update({ where: { id: record.id }, data: { toStatus: 'Approved' } })).rejects.toThrow(/immutable/);
    await expect(database.db.modelPackageApproval.delete({ where: { id: record.id } })).rejects.toThrow(/cannot be deleted one by one/);
    expect(await database.db.modelPackageApproval.count({ where: { packageId: pkg.id } })).toBe(1);
  });
});

describe('approval changes racing card saves', () => {
  it('package updates that change approval and other fields, racing saves of the package card, all finish; each record names the version it saw', async () => {
    const pkg = await packageWithoutCard();
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    const statuses = ['Rejected', 'PendingManualApproval'] as const;
    const updates = Array.from({ length: 10 }, (_, index) =>
      updateModelPackage({ actor: team.admin, arn: pkg.arn, approvalStatus: statuses[index % 2], sourceUri: `s3://source/${index}` }),
    );
    const saves = (async () => {
      for (let index = 0; index < 10; index++) {
        const { latestVersion } = await database.db.modelCard.findUniqueOrThrow({ where: { id: card.card.id }, select: { latestVersion: true } });
        await saveVersion({
          actor: team.author,
          cardId: card.card.id,
          baseVersion: latestVersion,
          content: sampleContent({ modelPackageArn: pkg.arn, description: `save ${index}` }),
        });
      }
    })();
    await Promise.all([...updates, saves]);
    const records = await database.db.modelPackageApproval.findMany({
      where: { packageId: pkg.id },
      orderBy: { createdAt: 'asc' },
      select: { fromStatus: true, toStatus: true, cardVersion: true, cardContentHash: true },
    });
    // An update to the status the package already has records nothing; every other one is a link in an unbroken chain.
    expect(records.length).toBeGreaterThan(0);
    records.forEach((record, index) => expect(record.fromStatus).toBe(index === 0 ? 'PendingManualApproval' : records[index - 1].toStatus));
    expect((await getModelPackage({ actor: team.auditor, arn: pkg.arn })).approvalStatus).toBe(records[records.length - 1].toStatus);
    const versions = await database.db.modelCardVersion.findMany({ where: { cardId: card.card.id }, select: { version: true, contentHash: true } });
    expect(versions).toHaveLength(11);
    const hashOf = new Map(versions.map((version) => [version.version, version.contentHash]));
    for (const record of records) expect(record.cardContentHash).toBe(hashOf.get(record.cardVersion!));
  }, 120_000);
});
