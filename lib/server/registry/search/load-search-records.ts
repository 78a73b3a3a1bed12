// The rows a search page found, loaded by id with their tags, people and (for cards, packages and models) the documenting card, in the page's order.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import type { TCardStatus, UserRef } from '@/lib/server/model-cards/card-dto';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import type { TSearchableResource } from '@/lib/sagemaker/search-operation';
import type { TArnContext } from '@/lib/server/arn-context';
import { modelArn, modelPackageArn } from '../registry-arns';
import { PACKAGE_SELECT } from '../registry-dto';

export type TTagDto = { key: string; value: string };

export type TSearchCardDto = {
  id: string;
  name: string;
  latestVersion: number;
  status: TCardStatus;
  riskRating: TRiskRating;
  modelId: string | null;
  modelPackageArn: string | null;
  packageCard: boolean;
  createdAt: Date;
  createdBy: UserRef;
  updatedAt: Date;
  updatedBy: UserRef;
  /** The latest version's content, as stored. */
  content: string;
  tags: TTagDto[];
};

const GROUP_RECORD_SELECT = { id: true, name: true, description: true, createdBy: { select: USER_REF_SELECT }, createdAt: true } as const;

const MODEL_RECORD_SELECT = {
  id: true,
  name: true,
  nameLower: true,
  executionRoleArn: true,
  primaryContainer: true,
  containers: true,
  inferenceExecutionConfig: true,
  vpcConfig: true,
  enableNetworkIsolation: true,
  createdAt: true,
} as const;

/** The DescribeTrainingJob text as posted: jsonb would reorder the keys of HyperParameters and every other map. */
const TRAINING_JOB_RECORD_SELECT = { id: true, name: true, description: true } as const;

type TPackageRow = Awaited<ReturnType<typeof loadPackages>>[number];
type TGroupRow = Awaited<ReturnType<typeof loadGroups>>[number];
type TModelRow = Awaited<ReturnType<typeof loadModels>>[number];
type TTrainingJobRow = Awaited<ReturnType<typeof loadTrainingJobs>>[number];

export type TSearchItems =
  | { resource: 'ModelCard'; items: TSearchCardDto[] }
  | { resource: 'ModelPackage'; items: (TPackageRow & { tags: TTagDto[]; card: TSearchCardDto | null })[] }
  | { resource: 'ModelPackageGroup'; items: (TGroupRow & { tags: TTagDto[] })[] }
  | { resource: 'Model'; items: (TModelRow & { tags: TTagDto[]; card: TSearchCardDto | null })[] }
  | { resource: 'TrainingJob'; items: (TTrainingJobRow & { tags: TTagDto[] })[] };

function inOrder<Row extends { id: string }>(ids: string[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A row deleted between the two queries is left out rather than failing the page.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function loadCards(where: { id: { in: string[] } } | { modelPackageArn: { in: string[] } } | { modelId: { in: string[] } }): Promise<TSearchCardDto[]> {
  const db = getDb();
  const cards = await db.modelCard.findMany({
    where,
    select: {
      id: true,
      name: true,
      latestVersion: true,
      status: true,
      riskRating: true,
      modelId: true,
      modelPackageArn: true,
      packageCard: true,
      createdAt: true,
      createdBy: { select: USER_REF_SELECT },
      updatedAt: true,
      updatedBy: { select: USER_REF_SELECT },
    },
  });
  if (cards.length === 0) return [];
  const [versions, tags] = await Promise.all([
    db.modelCardVersion.findMany({
      where: { OR: cards.map((card) => ({ cardId: card.id, version: card.latestVersion })) },
      select: { cardId: true, content: true },
    }),
    db.modelCardTag.findMany({
      where: { cardId: { in: cards.map((card) => card.id) } },
      select: { cardId: true, key: true, value: true },
      orderBy: { key: 'asc' },
    }),
  ]);
  const contents = new Map(versions.map((version) => [version.cardId, version.content]));
  return cards.map((card) => ({
    ...card,
    content: contents.get(card.id) ?? '',
    tags: tags.filter((tag) => tag.cardId === card.id).map(({ key, value }) => ({ key, value })),
  }));
}

async function registryTags(resourceType: string, ids: string[]): Promise<(id: string) => TTagDto[]> {
  const rows = await getDb().registryTag.findMany({
    where: { resourceType, resourceId: { in: ids } },
    select: { resourceId: true, key: true, value: true },
    orderBy: { key: 'asc' },
  });
  return (id) => rows.filter((row) => row.resourceId === id).map(({ key, value }) => ({ key, value }));
}

const loadPackages = (ids: string[]) => getDb().modelPackage.findMany({ where: { id: { in: ids } }, select: PACKAGE_SELECT });
const loadGroups = (ids: string[]) => getDb().modelPackageGroup.findMany({ where: { id: { in: ids } }, select: GROUP_RECORD_SELECT });
const loadModels = (ids: string[]) => getDb().registeredModel.findMany({ where: { id: { in: ids } }, select: MODEL_RECORD_SELECT });
const loadTrainingJobs = (ids: string[]) => getDb().trainingJobRecord.findMany({ where: { id: { in: ids } }, select: TRAINING_JOB_RECORD_SELECT });

export async function loadSearchRecords(resource: TSearchableResource, ids: string[], arn: TArnContext): Promise<TSearchItems> {
  switch (resource) {
    case 'ModelCard':
      return { resource, items: inOrder(ids, await loadCards({ id: { in: ids } })) };
    case 'ModelPackage': {
      const rows = inOrder(ids, await loadPackages(ids));
      const arnOf = (row: TPackageRow) => modelPackageArn(arn, row.groupName, row.version);
      const [tags, cards] = await Promise.all([registryTags('model-package', ids), loadCards({ modelPackageArn: { in: rows.map(arnOf) } })]);
      return { resource, items: rows.map((row) => ({ ...row, tags: tags(row.id), card: cards.find((card) => card.modelPackageArn === arnOf(row)) ?? null })) };
    }
    case 'ModelPackageGroup': {
      const tags = await registryTags('model-package-group', ids);
      return { resource, items: inOrder(ids, await loadGroups(ids)).map((row) => ({ ...row, tags: tags(row.id) })) };
    }
    case 'Model': {
      const rows = inOrder(ids, await loadModels(ids));
      const arnOf = (row: TModelRow) => modelArn(arn, row.name);
      const [tags, cards] = await Promise.all([registryTags('model', ids), loadCards({ modelId: { in: rows.map(arnOf) } })]);
      return { resource, items: rows.map((row) => ({ ...row, tags: tags(row.id), card: cards.find((card) => card.modelId === arnOf(row)) ?? null })) };
    }
    case 'TrainingJob': {
      const tags = await registryTags('training-job', ids);
      return { resource, items: inOrder(ids, await loadTrainingJobs(ids)).map((row) => ({ ...row, tags: tags(row.id) })) };
    }
  }
}
