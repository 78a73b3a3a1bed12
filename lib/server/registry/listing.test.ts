// Registry lists: groups and package versions filtered by group, approval status, name and creation window, sorted by name or creation time, paged without gaps or repeats.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import { registerTestPackage } from '@/test/registry-factories';
import { createModelPackageGroup } from './create-model-package-group';
import { listModelPackageGroups } from './list-model-package-groups';
import { listModelPackages } from './list-model-packages';
import { updateModelPackage } from './update-model-package';
import { getModelPackageGroup } from './get-model-package-group';
import { listModels } from './list-models';
import { createModel } from './create-model';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

async function collect<T>(page: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    all.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

describe('listing package groups and versions', () => {
  it('pages every version of two groups by name (group, then version) and by creation time, in both orders', async () => {
    const tag = uniqueSuffix();
    const [a, b] = [
      await createModelPackageGroup({ actor: team.author, name: `a-${tag}` }),
      await createModelPackageGroup({ actor: team.author, name: `b-${tag}` }),
    ];
    for (let index = 0; index < 4; index++) {
      await registerTestPackage(team.author, a.name);
      await registerTestPackage(team.author, b.name);
    }
    const byName = await collect((cursor) => listModelPackages({ actor: team.auditor, nameContains: tag, sortBy: 'name', sortOrder: 'asc', limit: 3, cursor }));
    expect(byName.map((pkg) => `${pkg.groupName}/${pkg.version}`)).toEqual(
      [1, 2, 3, 4].map((v) => `${a.name}/${v}`).concat([1, 2, 3, 4].map((v) => `${b.name}/${v}`)),
    );
    const byNameDesc = await collect((cursor) =>
      listModelPackages({ actor: team.auditor, nameContains: tag, sortBy: 'name', sortOrder: 'desc', limit: 5, cursor }),
    );
    expect(byNameDesc.map((pkg) => pkg.arn)).toEqual([...byName].reverse().map((pkg) => pkg.arn));
    const newest = await collect((cursor) => listModelPackages({ actor: team.auditor, nameContains: tag, limit: 2, cursor }));
    expect(newest).toHaveLength(8);
    expect(newest[0]).toMatchObject({ groupName: b.name, version: 4 });
    expect(newest.map((pkg) => pkg.createdAt.getTime())).toEqual([...newest.map((pkg) => pkg.createdAt.getTime())].sort((x, y) => y - x));

    expect((await listModelPackages({ actor: team.auditor, groupName: a.arn, limit: 100 })).items).toHaveLength(4);
    expect((await getModelPackageGroup({ actor: team.auditor, name: a.name })).packageCount).toBe(4);
  });

  it('filters by approval status and creation window', async () => {
    const group = await createModelPackageGroup({ actor: team.author, name: `f-${uniqueSuffix()}` });
    const first = await registerTestPackage(team.author, group.name);
    const second = await registerTestPackage(team.author, group.name);
    await updateModelPackage({ actor: team.reviewer, arn: second.arn, approvalStatus: 'Rejected' });
    const rejected = await listModelPackages({ actor: team.auditor, groupName: group.name, approvalStatus: 'Rejected' });
    expect(rejected.items.map((pkg) => pkg.version)).toEqual([2]);
    const before = await listModelPackages({ actor: team.auditor, groupName: group.name, createdBefore: second.createdAt });
    expect(before.items.map((pkg) => pkg.version)).toEqual([first.version]);
    await expect(listModelPackages({ actor: team.auditor, approvalStatus: 'Maybe' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('lists groups by name with their version counts; a cursor from another order is refused', async () => {
    const tag = uniqueSuffix();
    for (const letter of ['c', 'a', 'b']) await createModelPackageGroup({ actor: team.author, name: `${letter}-${tag}` });
    await registerTestPackage(team.author, `b-${tag}`);
    const groups = await collect((cursor) =>
      listModelPackageGroups({ actor: team.auditor, nameContains: tag.toUpperCase(), sortBy: 'name', sortOrder: 'asc', limit: 1, cursor }),
    );
    expect(groups.map((group) => [group.name, group.packageCount])).toEqual([
      [`a-${tag}`, 0],
      [`b-${tag}`, 1],
      [`c-${tag}`, 0],
    ]);
    const page = await listModelPackageGroups({ actor: team.auditor, nameContains: tag, sortBy: 'name', limit: 1 });
    await expect(listModelPackageGroups({ actor: team.auditor, sortBy: 'createdAt', cursor: page.nextCursor! })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'cursor',
    });
  });

  it('a group name is unique, and a model name is unique regardless of case', async () => {
    const name = `dup-${uniqueSuffix()}`;
    await createModelPackageGroup({ actor: team.author, name });
    await expect(createModelPackageGroup({ actor: team.author, name })).rejects.toMatchObject({ code: 'CONFLICT', path: 'name' });
    await expect(createModelPackageGroup({ actor: team.author, name: 'bad--name-' })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'name' });
    await expect(createModelPackageGroup({ actor: team.reviewer, name: `r-${uniqueSuffix()}` })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await createModel({ actor: team.author, name: `Model-${name}` });
    await expect(createModel({ actor: team.author, name: `model-${name}`.toUpperCase() })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listModels({ actor: team.auditor, nameContains: name })).items.map((model) => model.name)).toEqual([`Model-${name}`]);
  });
});
