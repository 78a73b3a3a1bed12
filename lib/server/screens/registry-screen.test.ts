// The registry screens' reads: groups with version count, latest approval and its card; a group's versions with their card; a package's gate reason said before anyone clicks; the card page's subject.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestUser, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { approve } from '@/lib/server/model-cards/approve';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { getCardScreen } from './card-screen';
import { getRegistryGroupScreen, getRegistryGroupsScreen, getRegistryPackageScreen } from './registry-screen';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

function withPackage(arn: string) {
  const content = sampleContent();
  return { ...content, model_overview: { ...content.model_overview, model_id: undefined }, model_package_details: { model_package_arn: arn } };
}

describe('registry screens', () => {
  it('lists a group with its version count, latest approval and the card of its latest version', async () => {
    const group = await createTestGroup(team.author);
    await registerTestPackage(team.author, group.name);
    const latest = await registerTestPackage(team.author, group.name);
    await createCard({ actor: team.author, name: `${group.name}-card`, content: withPackage(latest.arn) });
    const screen = await getRegistryGroupsScreen({ actor: team.auditor, params: { q: group.name } });
    expect(screen.rows).toHaveLength(1);
    expect(screen.rows[0]).toMatchObject({
      name: group.name,
      packageCount: 2,
      latest: { version: 2, approvalStatus: 'PendingManualApproval', card: { name: `${group.name}-card`, status: 'Draft' } },
    });
    const versions = await getRegistryGroupScreen({ actor: team.auditor, name: group.name });
    expect(versions.versions.map((row) => [row.version, row.card?.name ?? null])).toEqual([
      [2, `${group.name}-card`],
      [1, null],
    ]);
  });

  it('filters groups by their latest version: its approval, its card status ("No card" too) and its risk, kept in the URL with the name search', async () => {
    const prefix = `filt-${Date.now().toString(36)}`;
    const approved = await createTestGroup(team.author, `${prefix}-approved`);
    const drafted = await createTestGroup(team.author, `${prefix}-drafted`);
    const bare = await createTestGroup(team.author, `${prefix}-bare`);
    const approvedPkg = await registerTestPackage(team.author, approved.name);
    const approvedCard = { ...withPackage(approvedPkg.arn), intended_uses: { purpose_of_model: 'Churn', risk_rating: 'High' as const } };
    const saved = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: approvedCard, name: `${approved.name}-card` });
    await approve({ actor: team.secondReviewer, cardId: saved.card.id, version: 1 });
    await updateModelPackage({ actor: team.reviewer, groupName: approved.name, version: approvedPkg.version, approvalStatus: 'Approved' });
    // The drafted group's older version has an approved card; only its latest version (with a Draft card) counts.
    await registerTestPackage(team.author, drafted.name);
    const draftedPkg = await registerTestPackage(team.author, drafted.name);
    await createCard({ actor: team.author, name: `${drafted.name}-card`, content: withPackage(draftedPkg.arn) });
    await registerTestPackage(team.author, bare.name);

    const names = async (params: Record<string, string>) =>
      (await getRegistryGroupsScreen({ actor: team.auditor, params: { q: prefix, sort: 'name', ...params } })).rows.map((row) => row.name);
    expect(await names({})).toEqual([approved.name, bare.name, drafted.name]);
    expect(await names({ approval: 'Approved' })).toEqual([approved.name]);
    expect(await names({ approval: 'PendingManualApproval' })).toEqual([bare.name, drafted.name]);
    expect(await names({ cardStatus: 'Draft' })).toEqual([drafted.name]);
    expect(await names({ cardStatus: 'none' })).toEqual([bare.name]);
    expect(await names({ risk: 'High' })).toEqual([approved.name]);
    expect(await names({ risk: 'High', approval: 'Rejected' })).toEqual([]);

    const paged = await getRegistryGroupsScreen({ actor: team.auditor, params: { q: prefix, approval: 'PendingManualApproval', sort: 'name' } });
    expect(paged.query).toMatchObject({ q: prefix, approval: 'PendingManualApproval', cardStatus: null, risk: null });
    const bad = await getRegistryGroupsScreen({ actor: team.auditor, params: { cardStatus: 'Lost' } });
    expect(bad).toMatchObject({ rows: [], error: expect.stringMatching(/^cardStatus: "Lost" is not one of/) });
  });

  it('says why Approve would be refused (no card, then a Draft card) and offers the decision to reviewers only', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const none = await getRegistryPackageScreen({ actor: team.reviewer, groupName: group.name, version: pkg.version });
    expect(none).toMatchObject({ card: null, canDecide: true });
    expect(none.approveBlocked).toMatch(/No model card/);
    await createCard({ actor: team.author, name: `${group.name}-card`, content: withPackage(pkg.arn) });
    expect((await getRegistryPackageScreen({ actor: team.reviewer, groupName: group.name, version: pkg.version })).approveBlocked).toMatch(/is Draft/);
    expect((await getRegistryPackageScreen({ actor: team.author, groupName: group.name, version: pkg.version })).canDecide).toBe(false);
  });

  it('shows on the card page the package version the card documents and its approval', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const saved = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: withPackage(pkg.arn), name: `${group.name}-doc` });
    await updateModelPackage({ actor: team.reviewer, groupName: group.name, version: pkg.version, approvalStatus: 'Approved' });
    const screen = await getCardScreen({ actor: team.auditor, name: saved.card.name });
    expect(screen.subject).toMatchObject({
      kind: 'package',
      package: { groupName: group.name, version: pkg.version, approvalStatus: 'Approved', cardChangedSinceApproval: false },
    });
    const approved = await getRegistryPackageScreen({ actor: team.reviewer, groupName: group.name, version: pkg.version });
    expect(approved.approveBlocked).toMatch(/Already approved/);
    expect(approved.card).toMatchObject({ name: saved.card.name, status: 'Approved' });
  });

  it('refuses people without a role', async () => {
    await expect(getRegistryGroupsScreen({ actor: await createTestUser([]), params: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
