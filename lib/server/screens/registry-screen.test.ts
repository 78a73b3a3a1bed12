// The registry screens' reads: groups with version count, latest approval and its card; a group's versions with their card; a package's gate reason said before anyone clicks; the card page's subject.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestUser, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
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
