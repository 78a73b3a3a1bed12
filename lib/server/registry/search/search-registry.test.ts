// Search against a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): every operator, And/Or sub-expressions, sorting both ways with NULLs, keyset pages that neither skip nor repeat, TotalHits, the SDK's own lookups, and who may search.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestUser, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import { getDb } from '@/lib/server/db';
import { createCard } from '@/lib/server/model-cards/create-card';
import { addCardTags } from '@/lib/server/card-tags/add-card-tags';
import { recordTrainingJob } from '@/lib/server/registry/record-training-job';
import type { TSearchExpression, TSearchableResource } from '@/lib/sagemaker/search-operation';
import { searchRegistry } from './search-registry';
import type { TSearchPage, TSearchPosition } from './search-registry';

const ARN = { region: 'eu-west-1', account: '111122223333' };
const PREFIX = 'arn:aws:sagemaker:eu-west-1:111122223333:';
let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

/** A group with `count` versions written straight to the tables (the search reads; registering is core's and tested there), version v created v minutes after a base time. */
async function seedGroup({
  versions,
  base = new Date('2026-03-01T00:00:00Z'),
  tags = {},
}: {
  versions: Record<string, unknown>[];
  base?: Date;
  tags?: Record<string, string>;
}) {
  const db = getDb();
  const name = `grp-${uniqueSuffix()}`;
  const group = await db.modelPackageGroup.create({
    data: { name, description: `Group ${name}`, latestVersion: versions.length, createdById: team.author.id, createdAt: base },
  });
  for (const [key, value] of Object.entries(tags))
    await db.registryTag.create({ data: { resourceType: 'model-package-group', resourceId: group.id, key, value } });
  const packages = [];
  for (const [index, extra] of versions.entries()) {
    const { tags: packageTags, ...columns } = extra as { tags?: Record<string, string> };
    const at = new Date(base.getTime() + (index + 1) * 60_000);
    const created = await db.modelPackage.create({
      data: {
        groupId: group.id,
        groupName: name,
        version: index + 1,
        createdById: team.author.id,
        updatedById: team.author.id,
        createdAt: at,
        updatedAt: at,
        ...columns,
      },
    });
    for (const [key, value] of Object.entries(packageTags ?? {}))
      await db.registryTag.create({ data: { resourceType: 'model-package', resourceId: created.id, key, value } });
    packages.push(created);
  }
  return { name, group, packages, arnOf: (version: number) => `${PREFIX}model-package/${name}/${version}` };
}

async function find(
  resource: TSearchableResource,
  expression?: TSearchExpression,
  options: { sortBy?: string; sortOrder?: 'Ascending' | 'Descending'; limit?: number; after?: TSearchPosition } = {},
): Promise<TSearchPage> {
  return searchRegistry({ actor: team.auditor, arn: ARN, resource, expression, ...options });
}

const versionsOf = (page: TSearchPage) => (page.resource === 'ModelPackage' ? page.items.map((item) => item.version) : []);
const inGroup = (name: string) => ({ Name: 'ModelPackageGroupName', Operator: 'Equals' as const, Value: name });

describe('filters on package versions, one operator at a time', () => {
  let seeded: Awaited<ReturnType<typeof seedGroup>>;
  beforeAll(async () => {
    seeded = await seedGroup({
      versions: [
        { description: 'Churn baseline', approvalStatus: 'Approved', customerMetadataProperties: { team: 'risk', tier: '1' }, tags: { stage: 'prod' } },
        { description: 'Churn with new features', approvalStatus: 'Rejected', domain: 'MACHINE_LEARNING', tags: { stage: 'dev' } },
        { approvalStatus: 'PendingManualApproval', customerMetadataProperties: { team: 'growth' } },
        { description: 'Retrained', approvalStatus: 'PendingManualApproval', modelDataUrl: 's3://bucket/churn/4/model.tar.gz' },
      ],
    });
  });
  const search = async (...filters: TSearchExpression['Filters'] & object) =>
    versionsOf(await find('ModelPackage', { Filters: [inGroup(seeded.name), ...filters] }, { sortBy: 'ModelPackageVersion', sortOrder: 'Ascending' }));

  it('Equals and NotEquals (which holds where the property is missing)', async () => {
    expect(await search({ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' })).toEqual([1]);
    expect(await search({ Name: 'ModelApprovalStatus', Operator: 'NotEquals', Value: 'PendingManualApproval' })).toEqual([1, 2]);
    expect(await search({ Name: 'Domain', Operator: 'NotEquals', Value: 'MACHINE_LEARNING' })).toEqual([1, 3, 4]);
    expect(await search({ Name: 'ModelPackageArn', Operator: 'Equals', Value: seeded.arnOf(2) })).toEqual([2]);
  });

  it('Contains (case-insensitive), In, Exists and NotExists', async () => {
    expect(await search({ Name: 'ModelPackageDescription', Operator: 'Contains', Value: 'CHURN' })).toEqual([1, 2]);
    expect(await search({ Name: 'ModelApprovalStatus', Operator: 'In', Value: 'Approved, Rejected' })).toEqual([1, 2]);
    expect(await search({ Name: 'ModelPackageDescription', Operator: 'Exists' })).toEqual([1, 2, 4]);
    expect(await search({ Name: 'ModelPackageDescription', Operator: 'NotExists' })).toEqual([3]);
    expect(await search({ Name: 'InferenceSpecification.Containers.ModelDataUrl', Operator: 'Equals', Value: 's3://bucket/churn/4/model.tar.gz' })).toEqual([
      4,
    ]);
  });

  it('comparisons on numbers and on times', async () => {
    expect(await search({ Name: 'ModelPackageVersion', Operator: 'GreaterThan', Value: '2' })).toEqual([3, 4]);
    expect(await search({ Name: 'ModelPackageVersion', Operator: 'GreaterThanOrEqualTo', Value: '2' })).toEqual([2, 3, 4]);
    expect(await search({ Name: 'ModelPackageVersion', Operator: 'LessThan', Value: '2' })).toEqual([1]);
    expect(await search({ Name: 'ModelPackageVersion', Operator: 'LessThanOrEqualTo', Value: '2.5' })).toEqual([1, 2]);
    // Version v was created v minutes after 2026-03-01T00:00:00Z; a time without a zone is UTC.
    expect(await search({ Name: 'CreationTime', Operator: 'GreaterThan', Value: '2026-03-01T00:02:00' })).toEqual([3, 4]);
    expect(await search({ Name: 'CreationTime', Operator: 'GreaterThanOrEqualTo', Value: '2026-03-01T00:02:00Z' })).toEqual([2, 3, 4]);
    expect(await search({ Name: 'LastModifiedTime', Operator: 'LessThan', Value: '2026-03-01T01:02:00+01:00' })).toEqual([1]);
    expect(await search({ Name: 'CreationTime', Operator: 'LessThanOrEqualTo', Value: String(Date.parse('2026-03-01T00:03:00Z') / 1000) })).toEqual([1, 2, 3]);
  });

  it('Tags.<key> and CustomerMetadataProperties.<key>', async () => {
    expect(await search({ Name: 'Tags.stage', Operator: 'Equals', Value: 'prod' })).toEqual([1]);
    expect(await search({ Name: 'Tags.stage', Operator: 'NotExists' })).toEqual([3, 4]);
    expect(await search({ Name: 'CustomerMetadataProperties.team', Operator: 'In', Value: 'risk,growth' })).toEqual([1, 3]);
    expect(await search({ Name: 'CustomerMetadataProperties.tier', Operator: 'Exists' })).toEqual([1]);
  });

  it('And and Or through nested sub-expressions', async () => {
    const page = await find(
      'ModelPackage',
      {
        Operator: 'And',
        Filters: [inGroup(seeded.name)],
        SubExpressions: [
          {
            Operator: 'Or',
            Filters: [{ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Rejected' }],
            SubExpressions: [
              {
                Filters: [
                  { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'PendingManualApproval' },
                  { Name: 'ModelPackageDescription', Operator: 'Exists' },
                ],
              },
            ],
          },
        ],
      },
      { sortBy: 'ModelPackageVersion', sortOrder: 'Descending' },
    );
    expect(versionsOf(page)).toEqual([4, 2]);
  });
});

describe('sorting and paging', () => {
  it('pages through every match in either order, keyset by (sort key, id), with no row skipped or repeated, and counts them', async () => {
    const seeded = await seedGroup({ versions: Array.from({ length: 7 }, () => ({})) });
    for (const sortOrder of ['Ascending', 'Descending'] as const) {
      const seen: number[] = [];
      let after: TSearchPosition | undefined;
      do {
        const page = await find('ModelPackage', { Filters: [inGroup(seeded.name)] }, { sortOrder, limit: 3, after });
        expect(page.totalHits).toEqual({ value: 7, atLeast: false });
        seen.push(...versionsOf(page));
        after = page.next ?? undefined;
      } while (after);
      expect(seen).toEqual(sortOrder === 'Ascending' ? [1, 2, 3, 4, 5, 6, 7] : [7, 6, 5, 4, 3, 2, 1]);
    }
  });

  it('a sort key that some rows lack puts them last in both directions and still pages through all of them', async () => {
    const seeded = await seedGroup({ versions: [{ description: 'b' }, {}, { description: 'a' }, {}, { description: 'c' }] });
    for (const [sortOrder, expected] of [
      ['Ascending', [3, 1, 5]],
      ['Descending', [5, 1, 3]],
    ] as const) {
      const seen: number[] = [];
      let after: TSearchPosition | undefined;
      do {
        const page = await find('ModelPackage', { Filters: [inGroup(seeded.name)] }, { sortBy: 'ModelPackageDescription', sortOrder, limit: 2, after });
        seen.push(...versionsOf(page));
        after = page.next ?? undefined;
      } while (after);
      expect(seen.slice(0, 3)).toEqual(expected);
      expect(seen.slice(3).sort()).toEqual([2, 4]);
    }
  });
});

describe('model cards, as the SageMaker SDK looks them up', () => {
  it('ModelId finds the card of a model and the card of a package version; ModelPackageGroupName finds the group’s cards, latest first', async () => {
    const seeded = await seedGroup({ versions: [{}, {}] });
    const modelArn = `${PREFIX}model/churn-${uniqueSuffix()}`;
    const modelCard = await createCard({
      actor: team.author,
      name: `model-card-${uniqueSuffix()}`,
      content: { model_overview: { model_id: modelArn }, intended_uses: { risk_rating: 'High' } },
    });
    const first = await createCard({
      actor: team.author,
      name: `pkg-card-1-${uniqueSuffix()}`,
      content: {
        model_package_details: { model_package_arn: seeded.arnOf(1), model_package_group_name: seeded.name },
        business_details: { business_problem: 'Churn' },
      },
    });
    const second = await createCard({
      actor: team.coauthor,
      name: `pkg-card-2-${uniqueSuffix()}`,
      content: { model_package_details: { model_package_arn: seeded.arnOf(2) } },
    });
    await addCardTags({ actor: team.author, cardId: first.card.id, tags: [{ key: 'team', value: 'risk' }] });

    const byModel = await find('ModelCard', { Filters: [{ Name: 'ModelId', Operator: 'Equals', Value: modelArn }] });
    expect(byModel.resource === 'ModelCard' && byModel.items.map((card) => card.name)).toEqual([modelCard.card.name]);
    const byPackage = await find('ModelCard', { Filters: [{ Name: 'ModelId', Operator: 'Equals', Value: seeded.arnOf(1) }] });
    expect(byPackage.resource === 'ModelCard' && byPackage.items.map((card) => card.name)).toEqual([first.card.name]);

    const group = await find(
      'ModelCard',
      { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: seeded.name }] },
      { sortBy: 'LastModifiedTime', sortOrder: 'Descending' },
    );
    expect(group.resource === 'ModelCard' && group.items.map((card) => card.name)).toEqual([second.card.name, first.card.name]);
    const [latest, earlier] = group.resource === 'ModelCard' ? group.items : [];
    expect(earlier).toMatchObject({
      latestVersion: 1,
      status: 'Draft',
      modelPackageArn: seeded.arnOf(1),
      tags: [{ key: 'team', value: 'risk' }],
      createdBy: { id: team.author.id },
    });
    expect(JSON.parse(earlier.content)).toMatchObject({ business_details: { business_problem: 'Churn' } });
    expect(latest.createdBy.id).toBe(team.coauthor.id);

    // A package version is found by the status and name of the card that documents it.
    const byCardStatus = await find(
      'ModelPackage',
      { Filters: [inGroup(seeded.name), { Name: 'ModelCard.ModelCardStatus', Operator: 'Equals', Value: 'Draft' }] },
      { sortBy: 'ModelPackageVersion', sortOrder: 'Ascending' },
    );
    expect(versionsOf(byCardStatus)).toEqual([1, 2]);
    const byCardName = await find('ModelPackage', {
      Filters: [inGroup(seeded.name), { Name: 'ModelCard.ModelCardName', Operator: 'Equals', Value: second.card.name }],
    });
    expect(versionsOf(byCardName)).toEqual([2]);

    const risky = await find('ModelCard', {
      Filters: [
        { Name: 'RiskRating', Operator: 'Equals', Value: 'High' },
        { Name: 'ModelCardName', Operator: 'Equals', Value: modelCard.card.name },
      ],
    });
    expect(risky.totalHits.value).toBe(1);
    const tagged = await find('ModelCard', {
      Filters: [
        { Name: 'Tags.team', Operator: 'Equals', Value: 'risk' },
        { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: seeded.name },
      ],
    });
    expect(tagged.totalHits.value).toBe(1);
  });
});

describe('training jobs, models and groups', () => {
  it('finds the training job by its artifacts (the SDK’s lookup), by metric and by hyper-parameter', async () => {
    const name = `train-${uniqueSuffix()}`;
    const artifacts = `s3://bucket/${name}/output/model.tar.gz`;
    const parsed = {
      TrainingJobName: name,
      TrainingJobArn: `arn:aws:sagemaker:us-east-1:999988887777:training-job/${name}`,
      TrainingJobStatus: 'Completed',
      ModelArtifacts: { S3ModelArtifacts: artifacts },
      AlgorithmSpecification: { TrainingImage: 'image:1', TrainingInputMode: 'File' },
      HyperParameters: { learning_rate: '0.05', objective: 'binary:logistic' },
      FinalMetricDataList: [{ MetricName: 'validation:auc', Value: 0.91, Timestamp: 1767225600 }],
      CreationTime: '2026-01-01T00:00:00.000Z',
      LastModifiedTime: '2026-01-01T00:30:00.000Z',
    };
    await recordTrainingJob({ actor: team.author, description: JSON.stringify(parsed) });
    const names = async (filters: TSearchExpression['Filters'] & object) => {
      const page = await find('TrainingJob', { Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: name }, ...filters] });
      return page.resource === 'TrainingJob' ? page.items.map((job) => job.name) : [];
    };
    expect(await find('TrainingJob', { Filters: [{ Name: 'ModelArtifacts.S3ModelArtifacts', Operator: 'Equals', Value: artifacts }] })).toMatchObject({
      items: [{ name, description: JSON.stringify(parsed) }],
    });
    expect(await names([{ Name: 'Metrics.validation:auc', Operator: 'GreaterThan', Value: '0.9' }])).toEqual([name]);
    expect(await names([{ Name: 'Metrics.validation:auc', Operator: 'GreaterThan', Value: '0.95' }])).toEqual([]);
    expect(await names([{ Name: 'HyperParameters.learning_rate', Operator: 'LessThan', Value: '0.1' }])).toEqual([name]);
    // A value that is not a number never compares, and does not break the query.
    expect(await names([{ Name: 'HyperParameters.objective', Operator: 'GreaterThan', Value: '1' }])).toEqual([]);
    expect(await names([{ Name: 'TrainingJobArn', Operator: 'Equals', Value: `${PREFIX}training-job/${name}` }])).toEqual([name]);
    expect(await names([{ Name: 'LastModifiedTime', Operator: 'GreaterThan', Value: '2026-01-01T00:10:00' }])).toEqual([name]);
    expect(await names([{ Name: 'LastModifiedTime', Operator: 'LessThan', Value: '2026-01-01T00:10:00' }])).toEqual([]);
  });

  it('finds models by name and by the status of the card that documents them', async () => {
    const name = `Churn-${uniqueSuffix()}`;
    await getDb().registeredModel.create({
      data: { name, nameLower: name.toLowerCase(), primaryContainer: { Image: 'image:1', ModelDataUrl: 's3://b/m.tar.gz' }, createdById: team.author.id },
    });
    await createCard({ actor: team.author, name: `card-${name}`, content: { model_overview: { model_id: `${PREFIX}model/${name.toLowerCase()}` } } });
    const page = await find('Model', {
      Filters: [
        { Name: 'Model.ModelName', Operator: 'Equals', Value: name },
        { Name: 'ModelCard.ModelCardStatus', Operator: 'Equals', Value: 'Draft' },
      ],
    });
    expect(page).toMatchObject({ resource: 'Model', items: [{ name, card: { name: `card-${name}`, status: 'Draft' } }] });
    expect(
      (
        await find('Model', {
          Filters: [
            { Name: 'Model.ModelName', Operator: 'Equals', Value: name },
            { Name: 'ModelCard.ModelCardStatus', Operator: 'Equals', Value: 'Approved' },
          ],
        })
      ).items,
    ).toEqual([]);
  });

  it('finds groups by name part and tag', async () => {
    const seeded = await seedGroup({ versions: [], tags: { owner: 'risk' } });
    const page = await find('ModelPackageGroup', {
      Filters: [
        { Name: 'ModelPackageGroupName', Operator: 'Contains', Value: seeded.name.slice(4).toUpperCase() },
        { Name: 'Tags.owner', Value: 'risk' },
      ],
    });
    expect(page).toMatchObject({ resource: 'ModelPackageGroup', items: [{ name: seeded.name, tags: [{ key: 'owner', value: 'risk' }] }] });
  });
});

describe('who may search', () => {
  it('every role reads; a user without a role and no user at all are refused', async () => {
    for (const actor of [team.author, team.reviewer, team.admin, team.auditor]) {
      await expect(searchRegistry({ actor, arn: ARN, resource: 'ModelPackageGroup' })).resolves.toBeDefined();
    }
    const nobody = await createTestUser([]);
    await expect(searchRegistry({ actor: nobody, arn: ARN, resource: 'ModelCard' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(searchRegistry({ actor: null, arn: ARN, resource: 'ModelCard' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
