// What the registry screens show: models and training jobs with the card that documents them; groups with their version count, their latest version's approval and its card's status and risk; a group's versions with their card and the "card changed since approval" flag. Read through the registry services, one page at a time.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { hasRole } from '@/lib/server/auth/actor';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { getCard } from '@/lib/server/model-cards/get-card';
import { versionOf } from '@/lib/server/model-cards/get-version';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import type { TCardStatus, TRiskRating } from '@/lib/schemas/card-list-query';
import { MODEL_APPROVAL_STATUSES } from '@/lib/schemas/registry';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { listModelPackageGroups } from '@/lib/server/registry/list-model-package-groups';
import { listModelPackages } from '@/lib/server/registry/list-model-packages';
import { listModels } from '@/lib/server/registry/list-models';
import { listTrainingJobs } from '@/lib/server/registry/list-training-jobs';
import { getModelPackageGroup } from '@/lib/server/registry/get-model-package-group';
import { getModelPackage, readPackageDetail } from '@/lib/server/registry/get-model-package';
import { arnContext, requireRegistryReader } from '@/lib/server/registry/registry-rules';
import { modelArn, modelPackageArn } from '@/lib/server/registry/registry-arns';
import type { ModelPackageDetailDto, ModelPackageGroupDto } from '@/lib/server/registry/registry-dto';

const PAGE_SIZE = 20;

export type RegistryCardSummary = { name: string; status: TCardStatus; risk: TRiskRating; latestVersion: number };

export type RegistryGroupRow = {
  name: string;
  description: string | null;
  packageCount: number;
  latest: { version: number; approvalStatus: TModelApprovalStatus; updatedAt: Date; card: RegistryCardSummary | null } | null;
  lastModified: Date;
};

type Params = Record<string, string | string[] | undefined>;
const param = (params: Params, name: string) => (typeof params[name] === 'string' ? (params[name] as string) : undefined);

export type RegistryGroupsQuery = {
  q: string;
  sort: 'createdAt' | 'name';
  cursor: string | null;
  /** Filters on each group's latest version: its approval, its card's status ('none': no card) and risk. */
  approval: TModelApprovalStatus | null;
  cardStatus: TCardStatus | 'none' | null;
  risk: TRiskRating | null;
};

/** A filter value from the URL when it is one of `allowed`; otherwise null and the reason, said on the page. */
function pick<T extends string>(params: Params, name: string, allowed: readonly T[], problems: string[]): T | null {
  const value = param(params, name);
  if (!value) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}: "${value.slice(0, 40)}" is not one of ${allowed.join(', ')}.`);
  return null;
}

export type RegistryGroupsScreenDto = {
  query: RegistryGroupsQuery;
  rows: RegistryGroupRow[];
  nextCursor: string | null;
  /** Why the URL's page cannot be shown (a cursor from another sort), said on the page. */
  error: string | null;
};

export async function getRegistryGroupsScreen({ actor, params }: { actor: Actor | null; params: Params }): Promise<RegistryGroupsScreenDto> {
  requireRegistryReader(actor);
  const q = (param(params, 'q') ?? '').trim().slice(0, 63);
  const sort = param(params, 'sort') === 'name' ? 'name' : 'createdAt';
  const cursor = param(params, 'cursor') ?? null;
  const problems: string[] = [];
  const query: RegistryGroupsQuery = {
    q,
    sort,
    cursor,
    approval: pick(params, 'approval', MODEL_APPROVAL_STATUSES, problems),
    cardStatus: pick(params, 'cardStatus', [...CARD_STATUSES, 'none'] as const, problems),
    risk: pick(params, 'risk', RISK_RATINGS, problems),
  };
  if (problems.length) return { query, rows: [], nextCursor: null, error: problems.join(' ') };
  let page: { items: ModelPackageGroupDto[]; nextCursor: string | null };
  try {
    page = await listModelPackageGroups({
      actor,
      latest: { approval: query.approval ?? undefined, cardStatus: query.cardStatus ?? undefined, risk: query.risk ?? undefined },
      nameContains: q || undefined,
      sortBy: sort,
      sortOrder: sort === 'name' ? 'asc' : 'desc',
      limit: PAGE_SIZE,
      cursor: cursor ?? undefined,
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    return { query, rows: [], nextCursor: null, error: error.message };
  }
  const db = getDb();
  const context = arnContext();
  const latest = await db.modelPackage.findMany({
    where: { groupId: { in: page.items.map((group) => group.id) } },
    orderBy: [{ groupId: 'asc' }, { version: 'desc' }],
    distinct: ['groupId'],
    select: { groupId: true, groupName: true, version: true, approvalStatus: true, updatedAt: true },
  });
  const arns = latest.map((row) => modelPackageArn(context, row.groupName, row.version));
  const cards = await db.modelCard.findMany({
    where: { modelPackageArn: { in: arns } },
    select: { name: true, status: true, riskRating: true, latestVersion: true, modelPackageArn: true, updatedAt: true },
  });
  const cardOf = new Map(cards.map((card) => [card.modelPackageArn, card]));
  const latestOf = new Map(latest.map((row) => [row.groupId, row]));
  const rows = page.items.map((group): RegistryGroupRow => {
    const pkg = latestOf.get(group.id);
    const card = pkg ? cardOf.get(modelPackageArn(context, pkg.groupName, pkg.version)) : undefined;
    const times = [group.createdAt, pkg?.updatedAt, card?.updatedAt].filter((time): time is Date => time instanceof Date);
    return {
      name: group.name,
      description: group.description,
      packageCount: group.packageCount,
      latest: pkg
        ? {
            version: pkg.version,
            approvalStatus: pkg.approvalStatus,
            updatedAt: pkg.updatedAt,
            card: card ? { name: card.name, status: card.status, risk: card.riskRating, latestVersion: card.latestVersion } : null,
          }
        : null,
      lastModified: new Date(Math.max(...times.map((time) => time.getTime()))),
    };
  });
  return { query, rows, nextCursor: page.nextCursor, error: null };
}

export type RegistryVersionRow = {
  version: number;
  arn: string;
  createdBy: string;
  createdAt: Date;
  approvalStatus: TModelApprovalStatus;
  lifecycleStage: string | null;
  card: RegistryCardSummary | null;
  cardChangedSinceApproval: boolean;
};

export type RegistryGroupScreenDto = {
  group: { name: string; arn: string; description: string | null; packageCount: number; createdAt: Date; createdBy: string };
  versions: RegistryVersionRow[];
  cursor: string | null;
  nextCursor: string | null;
  canAuthor: boolean;
};

export async function getRegistryGroupScreen({ actor, name, cursor }: { actor: Actor | null; name: string; cursor?: string }): Promise<RegistryGroupScreenDto> {
  const user = requireRegistryReader(actor);
  const group = await getModelPackageGroup({ actor, name });
  const page = await listModelPackages({ actor, groupName: group.name, sortBy: 'createdAt', sortOrder: 'desc', limit: PAGE_SIZE, cursor });
  const context = arnContext();
  const details = await Promise.all(page.items.map((pkg) => readPackageDetail(context, pkg.groupName, pkg.version)));
  const arns = details.flatMap((detail) => (detail.card ? [detail.arn] : []));
  const risks = await getDb().modelCard.findMany({ where: { modelPackageArn: { in: arns } }, select: { modelPackageArn: true, riskRating: true } });
  const riskOf = new Map(risks.map((row) => [row.modelPackageArn, row.riskRating]));
  return {
    group: {
      name: group.name,
      arn: group.arn,
      description: group.description,
      packageCount: group.packageCount,
      createdAt: group.createdAt,
      createdBy: group.createdBy.name,
    },
    versions: details.map((detail) => ({
      version: detail.version,
      arn: detail.arn,
      createdBy: detail.createdBy.name,
      createdAt: detail.createdAt,
      approvalStatus: detail.approvalStatus,
      lifecycleStage: detail.modelLifeCycle?.Stage ?? null,
      card: detail.card
        ? { name: detail.card.name, status: detail.card.status, risk: riskOf.get(detail.arn) ?? 'Unknown', latestVersion: detail.card.latestVersion }
        : null,
      cardChangedSinceApproval: detail.cardChangedSinceApproval,
    })),
    cursor: cursor ?? null,
    nextCursor: page.nextCursor,
    canAuthor: mayAuthorCards(user),
  };
}

export type RegistryPackageScreenDto = {
  pkg: ModelPackageDetailDto;
  /** The documenting card's latest version, rendered inline. */
  card: { name: string; version: number; risk: TRiskRating; status: TCardStatus; content: TModelCardContent } | null;
  canAuthor: boolean;
  /** Reviewers and admins decide approval. */
  canDecide: boolean;
  /** Why the approval gate would refuse Approve right now (said before anyone clicks); null when it would not. */
  approveBlocked: string | null;
};

/** The gate's rule (a package is Approved only while its card's latest version is Approved), read from the DTO so the button can say it first. */
function approveBlockedReason(pkg: ModelPackageDetailDto): string | null {
  if (!pkg.card) return 'No model card documents this version. Create its card and have a reviewer approve it first.';
  if (pkg.card.status !== 'Approved') {
    return `Its model card ${pkg.card.name} is ${pkg.card.status === 'PendingReview' ? 'pending review' : pkg.card.status} (version ${pkg.card.latestVersion}). A reviewer approves the card first.`;
  }
  if (pkg.approvalStatus === 'Approved' && !pkg.cardChangedSinceApproval) return 'Already approved, relying on the card version it shows.';
  return null;
}

export async function getRegistryPackageScreen({
  actor,
  groupName,
  version,
}: {
  actor: Actor | null;
  groupName: string;
  version: number;
}): Promise<RegistryPackageScreenDto> {
  const user = requireRegistryReader(actor);
  const pkg = await getModelPackage({ actor, groupName, version });
  let card: RegistryPackageScreenDto['card'] = null;
  if (pkg.card) {
    const found = await getCard({ actor, cardId: pkg.card.id });
    const latest = await versionOf(found, found.latestVersion);
    card = { name: found.name, version: latest.version, risk: found.riskRating, status: found.status, content: latest.content };
  }
  return { pkg, card, canAuthor: mayAuthorCards(user), canDecide: hasRole(user, 'reviewer', 'admin'), approveBlocked: approveBlockedReason(pkg) };
}

type ListQuery = { q: string; cursor: string | null };

function listQuery(params: Params): ListQuery {
  return { q: (param(params, 'q') ?? '').trim().slice(0, 63), cursor: param(params, 'cursor') ?? null };
}

async function cardsBy(field: 'modelId' | 'modelPackageArn', values: string[]): Promise<Map<string, RegistryCardSummary>> {
  if (values.length === 0) return new Map();
  const rows = await getDb().modelCard.findMany({
    where: { [field]: { in: values } },
    select: { name: true, status: true, riskRating: true, latestVersion: true, modelId: true, modelPackageArn: true },
  });
  return new Map(
    rows.map((row) => [(row[field] ?? '') as string, { name: row.name, status: row.status, risk: row.riskRating, latestVersion: row.latestVersion }]),
  );
}

export type RegistryModelRow = {
  name: string;
  arn: string;
  image: string | null;
  modelDataUrl: string | null;
  createdAt: Date;
  createdBy: string;
  card: RegistryCardSummary | null;
};

export type RegistryModelsScreenDto = { query: ListQuery; rows: RegistryModelRow[]; nextCursor: string | null; error: string | null; canAuthor: boolean };

const containerOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function getRegistryModelsScreen({ actor, params }: { actor: Actor | null; params: Params }): Promise<RegistryModelsScreenDto> {
  const user = requireRegistryReader(actor);
  const query = listQuery(params);
  const canAuthor = mayAuthorCards(user);
  try {
    const page = await listModels({
      actor,
      nameContains: query.q || undefined,
      sortBy: 'createdAt',
      sortOrder: 'desc',
      limit: PAGE_SIZE,
      cursor: query.cursor ?? undefined,
    });
    const cards = await cardsBy(
      'modelId',
      page.items.map((model) => model.arn),
    );
    const rows = page.items.map((model) => {
      const container = containerOf(model.primaryContainer ?? (Array.isArray(model.containers) ? model.containers[0] : null));
      return {
        name: model.name,
        arn: model.arn,
        image: text(container.Image),
        modelDataUrl: text(container.ModelDataUrl),
        createdAt: model.createdAt,
        createdBy: model.createdBy.name,
        card: cards.get(model.arn) ?? null,
      };
    });
    return { query, rows, nextCursor: page.nextCursor, error: null, canAuthor };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    return { query, rows: [], nextCursor: null, error: error.message, canAuthor };
  }
}

/** A training job is documented by the card of the package version or model that serves its artifact. */
export type RegistryTrainingJobRow = {
  name: string;
  status: string;
  creationTime: Date;
  s3ModelArtifacts: string | null;
  subject: { kind: 'package'; label: string; href: string; arn: string } | { kind: 'model'; label: string; href: string; name: string } | null;
  card: RegistryCardSummary | null;
};

export type RegistryTrainingJobsScreenDto = {
  query: ListQuery;
  rows: RegistryTrainingJobRow[];
  nextCursor: string | null;
  error: string | null;
  canAuthor: boolean;
};

export async function getRegistryTrainingJobsScreen({ actor, params }: { actor: Actor | null; params: Params }): Promise<RegistryTrainingJobsScreenDto> {
  const user = requireRegistryReader(actor);
  const query = listQuery(params);
  const canAuthor = mayAuthorCards(user);
  let page: Awaited<ReturnType<typeof listTrainingJobs>>;
  try {
    page = await listTrainingJobs({
      actor,
      nameContains: query.q || undefined,
      sortBy: 'createdAt',
      sortOrder: 'desc',
      limit: PAGE_SIZE,
      cursor: query.cursor ?? undefined,
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    return { query, rows: [], nextCursor: null, error: error.message, canAuthor };
  }
  const db = getDb();
  const context = arnContext();
  const artifacts = page.items.flatMap((job) => (job.s3ModelArtifacts ? [job.s3ModelArtifacts] : []));
  const [packages, models] = await Promise.all([
    db.modelPackage.findMany({
      where: { modelDataUrl: { in: artifacts } },
      orderBy: { version: 'desc' },
      select: { groupName: true, version: true, modelDataUrl: true },
    }),
    Promise.all(
      artifacts.map((artifact) =>
        db.registeredModel
          .findFirst({ where: { primaryContainer: { path: ['ModelDataUrl'], equals: artifact } }, orderBy: { createdAt: 'desc' }, select: { name: true } })
          .then((model) => [artifact, model] as const),
      ),
    ),
  ]);
  const packageOf = new Map<string, { groupName: string; version: number; arn: string }>();
  for (const pkg of packages) {
    if (pkg.modelDataUrl && !packageOf.has(pkg.modelDataUrl))
      packageOf.set(pkg.modelDataUrl, { ...pkg, arn: modelPackageArn(context, pkg.groupName, pkg.version) });
  }
  const modelOf = new Map(models.flatMap(([artifact, model]) => (model ? [[artifact, model.name] as const] : [])));
  const modelArns = new Map([...modelOf.values()].map((name) => [name, modelArn(context, name)]));
  const [packageCards, modelCards] = await Promise.all([
    cardsBy(
      'modelPackageArn',
      [...packageOf.values()].map((pkg) => pkg.arn),
    ),
    cardsBy('modelId', [...modelArns.values()]),
  ]);
  const rows = page.items.map((job): RegistryTrainingJobRow => {
    const pkg = job.s3ModelArtifacts ? packageOf.get(job.s3ModelArtifacts) : undefined;
    const model = job.s3ModelArtifacts ? modelOf.get(job.s3ModelArtifacts) : undefined;
    const base = { name: job.name, status: job.status, creationTime: job.creationTime, s3ModelArtifacts: job.s3ModelArtifacts };
    if (pkg) {
      return {
        ...base,
        subject: {
          kind: 'package',
          label: `${pkg.groupName} version ${pkg.version}`,
          href: `/registry/${encodeURIComponent(pkg.groupName)}/${pkg.version}`,
          arn: pkg.arn,
        },
        card: packageCards.get(pkg.arn) ?? null,
      };
    }
    if (model) {
      return {
        ...base,
        subject: { kind: 'model', label: `model ${model}`, href: `/registry/models?q=${encodeURIComponent(model)}`, name: model },
        card: modelCards.get(modelArns.get(model) ?? '') ?? null,
      };
    }
    return { ...base, subject: null, card: null };
  });
  return { query, rows, nextCursor: page.nextCursor, error: null, canAuthor };
}

/** What the wizard's model field offers as you type: registered models and package versions whose name contains the text. */
export type RegistryLookupItem = { kind: 'model'; name: string; label: string } | { kind: 'package'; arn: string; label: string };

export async function lookupRegistrySubjects({ actor, q }: { actor: Actor | null; q: string }): Promise<RegistryLookupItem[]> {
  requireRegistryReader(actor);
  const text = q.trim().slice(0, 63);
  if (!text) return [];
  const [models, packages] = await Promise.all([
    listModels({ actor, nameContains: text, sortBy: 'name', sortOrder: 'asc', limit: 5 }),
    listModelPackages({ actor, nameContains: text, sortBy: 'createdAt', sortOrder: 'desc', limit: 8 }),
  ]);
  return [
    ...models.items.map((model): RegistryLookupItem => ({ kind: 'model', name: model.name, label: `Model ${model.name}` })),
    ...packages.items.map((pkg): RegistryLookupItem => ({ kind: 'package', arn: pkg.arn, label: `Package ${pkg.groupName} version ${pkg.version}` })),
  ];
}
