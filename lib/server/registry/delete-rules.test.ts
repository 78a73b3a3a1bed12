// Deletes: a group only while it holds no versions; a package version or a model only while no card documents it (the refusal names the card); who may delete; what goes with the resource and what the audit trail keeps.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createTestGroup, createTestModel, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { deleteModelPackageGroup } from './delete-model-package-group';
import { deleteModelPackage } from './delete-model-package';
import { deleteModel } from './delete-model';
import { getModelPackage } from './get-model-package';
import { getModelPackageGroup } from './get-model-package-group';
import { getModel } from './get-model';
import { updateModelPackage } from './update-model-package';
import { addRegistryTags } from './add-registry-tags';
import { listRegistryTags } from './list-registry-tags';
import { deleteRegistryTags } from './delete-registry-tags';
import { registerModelPackage } from './register-model-package';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

describe('deleting a model package group', () => {
  it('is refused while it holds versions, and allowed once they are deleted; version numbers are never reused', async () => {
    const group = await createTestGroup(team.author);
    const [v1, v2] = [await registerTestPackage(team.author, group.name), await registerTestPackage(team.author, group.name)];
    await expect(deleteModelPackageGroup({ actor: team.admin, name: group.name })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Model package group ${group.name} still holds 2 package versions (1, 2). Delete its versions first.`,
    });
    await deleteModelPackage({ actor: team.admin, arn: v2.arn });
    expect((await registerTestPackage(team.author, group.name)).version).toBe(3);
    await deleteModelPackage({ actor: team.admin, arn: v1.arn });
    await deleteModelPackage({ actor: team.admin, groupName: group.name, version: 3 });
    await deleteModelPackageGroup({ actor: team.admin, name: group.arn });
    await expect(getModelPackageGroup({ actor: team.auditor, name: group.name })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await database.db.auditEvent.count({ where: { targetId: group.id, action: 'model_package_group.deleted' } })).toBe(1);
  });

  it('only an admin or the author who created it deletes it', async () => {
    const group = await createTestGroup(team.author);
    for (const actor of [team.coauthor, team.reviewer, team.auditor]) {
      await expect(deleteModelPackageGroup({ actor, name: group.name })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await deleteModelPackageGroup({ actor: team.author, name: group.name });
  });

  it('a group that does not exist is NOT_FOUND', async () => {
    await expect(deleteModelPackageGroup({ actor: team.admin, name: uniqueCardName('nope') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deleting a package version', () => {
  it('is refused while a card documents it, naming the card; allowed once the card is gone', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const card = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelPackageArn: pkg.arn }) });
    await expect(deleteModelPackage({ actor: team.admin, arn: pkg.arn })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`is documented by the model card ${card.card.name}`),
      details: { cardName: card.card.name },
    });
    // Removing the package from the card's content releases it too.
    await saveVersion({ actor: team.author, cardId: card.card.id, baseVersion: 1, content: sampleContent() });
    await deleteModelPackage({ actor: team.admin, arn: pkg.arn });
    await expect(getModelPackage({ actor: team.auditor, arn: pkg.arn })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an embedded card blocks the delete until the card is deleted; approval records and tags go with the package, the audit trail keeps them', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerModelPackage({ actor: team.author, groupName: group.name, modelCard: { content: '{}' }, tags: [{ key: 'team', value: 'risk' }] });
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Rejected' });
    await expect(deleteModelPackage({ actor: team.admin, arn: pkg.arn })).rejects.toMatchObject({ details: { cardName: pkg.card!.name } });
    await deleteCard({ actor: team.admin, cardId: pkg.card!.id });
    await deleteModelPackage({ actor: team.admin, arn: pkg.arn });
    expect(await database.db.modelPackageApproval.count({ where: { packageId: pkg.id } })).toBe(0);
    expect(await database.db.registryTag.count({ where: { resourceId: pkg.id } })).toBe(0);
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { targetId: pkg.id, action: 'model_package.deleted' }, select: { details: true } });
    expect(JSON.parse(event.details)).toMatchObject({ arn: pkg.arn, approvalStatus: 'Rejected', approvals: [{ toStatus: 'Rejected' }] });
  });

  it('only an admin or the author who registered it deletes it', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    for (const actor of [team.coauthor, team.reviewer, team.auditor]) {
      await expect(deleteModelPackage({ actor, arn: pkg.arn })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await deleteModelPackage({ actor: team.author, arn: pkg.arn });
  });

  it('an ARN of another account is refused as input, not looked up', async () => {
    await expect(deleteModelPackage({ actor: team.admin, arn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/g/1' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('deleting a model', () => {
  it('is refused while a card documents it, naming the card', async () => {
    const model = await createTestModel(team.author);
    const card = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId: model.arn }) });
    await expect(deleteModel({ actor: team.admin, name: model.name })).rejects.toMatchObject({ code: 'CONFLICT', details: { cardName: card.card.name } });
    await deleteCard({ actor: team.admin, cardId: card.card.id });
    await deleteModel({ actor: team.admin, name: model.arn });
    await expect(getModel({ actor: team.auditor, name: model.name })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('tags on registry ARNs', () => {
  it('add, overwrite, list and delete tags on a group, a package and a model; at most 50; removed with the resource', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const model = await createTestModel(team.author);
    for (const arn of [group.arn, pkg.arn, model.arn]) {
      await addRegistryTags({
        actor: team.author,
        arn,
        tags: [
          { key: 'team', value: 'risk' },
          { key: 'env', value: 'dev' },
        ],
      });
      expect(await addRegistryTags({ actor: team.author, arn, tags: [{ key: 'env', value: 'prod' }] })).toEqual([
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'risk' },
      ]);
      expect(await deleteRegistryTags({ actor: team.author, arn, keys: ['team', 'absent'] })).toEqual([{ key: 'env', value: 'prod' }]);
      expect(await listRegistryTags({ actor: team.auditor, arn })).toEqual([{ key: 'env', value: 'prod' }]);
    }
    await expect(addRegistryTags({ actor: team.reviewer, arn: pkg.arn, tags: [{ key: 'k', value: 'v' }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const many = Array.from({ length: 50 }, (_, index) => ({ key: `k${index}`, value: 'v' }));
    await expect(addRegistryTags({ actor: team.author, arn: model.arn, tags: many })).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(await listRegistryTags({ actor: team.auditor, arn: model.arn })).toHaveLength(1);
    await deleteModel({ actor: team.author, name: model.name });
    expect(await database.db.registryTag.count({ where: { resourceId: model.id } })).toBe(0);
  });
});
