// InventoryRow is kept exact by the triggers: after each kind of change (registrations, links made and moved, approvals, new versions, a
// re-review, deletions, archiving) the dashboard's rows equal a full recomputation from the source tables (the inventory query the table
// replaced, kept here as the oracle), and a rebuild from nothing writes the same table.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, createTestModel, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { startReReview } from '@/lib/server/model-cards/start-re-review';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { deleteModelPackage } from '@/lib/server/registry/delete-model-package';
import { parseDashboardQuery } from '@/lib/schemas/dashboard-query';
import type { TDashboardQuery } from '@/lib/schemas/dashboard-query';
import { getDashboardScreen } from '@/lib/server/screens/dashboard-screen';
import { inventoryContext, readInventoryExport, toInventoryRow } from './read-inventory';
import { inventoryArnBase, rebuildInventorySummary } from './inventory-summary';
import { setReviewPolicy } from './set-review-policy';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

/** The inventory as the dashboard computed it before InventoryRow: every row from the source tables in one query. */
const ORACLE = `

WITH pkg AS (
  SELECT p.id, p."groupName", p.version, p."approvalStatus"::text AS approval, $1::text || p."groupName" || '/' || p.version::text AS arn
  FROM "ModelPackage" p
), mdl AS (
  SELECT m.name, $2::text || m."nameLower" AS arn FROM "RegisteredModel" m
), subjects AS (
  SELECT 'package'::text AS kind, p.arn AS subject, p."groupName" || '/' || p.version::text AS name, p."groupName" AS "groupName", p.version AS "packageVersion", p.approval, p.id AS "packageId", c.id AS "cardId"
  FROM pkg p LEFT JOIN "ModelCard" c ON c."modelPackageArn" = p.arn
  UNION ALL
  SELECT 'model', m.arn, m.name, NULL, NULL, NULL, NULL, c.id
  FROM mdl m LEFT JOIN "ModelCard" c ON c."modelId" = m.arn
  UNION ALL
  SELECT 'card', COALESCE(c."modelPackageArn", c."modelId"), c.name, NULL, NULL, NULL, NULL, c.id
  FROM "ModelCard" c
  WHERE NOT EXISTS (SELECT 1 FROM pkg WHERE pkg.arn = c."modelPackageArn") AND NOT EXISTS (SELECT 1 FROM mdl WHERE mdl.arn = c."modelId")
), last_card_approval AS (
  -- One sort over the approval records, joined by hash: cheaper than a lookup per row once there are thousands of rows.
  SELECT DISTINCT ON (sc."cardId") sc."cardId", sc."createdAt" AS at, u.name AS by
  FROM "CardStatusChange" sc JOIN "User" u ON u.id = sc."actorId"
  WHERE sc."toStatus" = 'Approved' ORDER BY sc."cardId", sc."createdAt" DESC, sc.id DESC
), last_package_approval AS (
  SELECT DISTINCT ON (a."packageId") a."packageId", a."toStatus", a."cardId", a."cardVersion", a."cardContentHash"
  FROM "ModelPackageApproval" a ORDER BY a."packageId", a."createdAt" DESC, a.id DESC
), enriched AS (
  SELECT s.*, c.name AS "cardName", c.status::text AS "cardStatus", c."riskRating"::text AS risk, c."latestVersion", c."modelPackageArn" AS "cardPackageArn",
    o.name AS "ownerName", la.at AS "lastApprovedAt", la.by AS "lastApprovedBy",
    CASE WHEN c.status = 'Approved' AND la.at IS NOT NULL THEN la.at + make_interval(months => CASE c."riskRating"::text WHEN 'High' THEN $3::int WHEN 'Medium' THEN $4::int WHEN 'Low' THEN $5::int ELSE $6::int END) END AS "nextReviewAt",
    (pa."toStatus" = 'Approved' AND (c.id IS NULL OR pa."cardId" IS DISTINCT FROM c.id OR pa."cardVersion" IS DISTINCT FROM c."latestVersion" OR pa."cardContentHash" IS DISTINCT FROM v."contentHash")) AS "changedSinceApproval"
  FROM subjects s
  LEFT JOIN "ModelCard" c ON c.id = s."cardId"
  LEFT JOIN "User" o ON o.id = c."ownerId"
  LEFT JOIN "ModelCardVersion" v ON v."cardId" = c.id AND v.version = c."latestVersion"
  LEFT JOIN last_card_approval la ON la."cardId" = c.id
  LEFT JOIN last_package_approval pa ON pa."packageId" = s."packageId"
), inventory AS (
  SELECT e.*,
    COALESCE(e."nextReviewAt" < $7::timestamp, false) AS "reviewOverdue",
    (e.approval = 'Approved' AND e."cardId" IS NOT NULL AND e."cardStatus" <> 'Approved') AS "packageApprovedCardNot",
    (e.approval = 'Approved' AND COALESCE(e."changedSinceApproval", false)) AS "cardChangedSinceApproval",
    (e."cardId" IS NOT NULL AND e."lastApprovedAt" IS NULL) AS "cardNeverApproved",
    (e.kind <> 'card' AND e."cardId" IS NULL) AS "noCard",
    -- Only a package ARN of this server (its region and account) names a package that could have been deleted here.
    (e.kind = 'card' AND starts_with(e."cardPackageArn", $1::text) AND substr(e."cardPackageArn", length($1::text) + 1) ~ '^[^/]+/[0-9]+$') AS "packageMissing"
  FROM enriched e
)
SELECT * FROM inventory ORDER BY lower(name) COLLATE "C", kind, subject`;

const ALL = (parseDashboardQuery({}) as { ok: true; query: TDashboardQuery }).query;

async function recomputed(now: Date) {
  const base = inventoryArnBase();
  const { policy } = await inventoryContext(now);
  const rows = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(
    ORACLE,
    `${base}:model-package/`,
    `${base}:model/`,
    policy.High,
    policy.Medium,
    policy.Low,
    policy.Unknown,
    now.toISOString(),
  );
  return rows.map(toInventoryRow);
}

async function maintained(now: Date) {
  const rows = await readInventoryExport(await inventoryContext(now), ALL);
  const exportOnly = new Set(['purpose', 'owner', 'developer']);
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !exportOnly.has(key))));
}

async function expectExact() {
  // Three years ahead: approved cards are overdue, so the clock-dependent columns are compared too.
  for (const now of [new Date(), new Date(Date.now() + 3 * 366 * 24 * 3600 * 1000)]) {
    expect(await maintained(now)).toEqual(await recomputed(now));
  }
}

async function tableRows() {
  return database.db.inventoryRow.findMany({ orderBy: { key: 'asc' } });
}

describe('InventoryRow', () => {
  it('equals a full recomputation after every kind of change, and a rebuild writes the same rows', async () => {
    // The first read builds the table for this server's ARNs; from then on the triggers keep it.
    await getDashboardScreen({ actor: team.auditor, params: {} });
    const group = await createTestGroup(team.author);
    const first = await registerTestPackage(team.author, group.name);
    const second = await registerTestPackage(team.author, group.name);
    await expectExact();

    // A card on the first package, approved, the package approved, then a new card version (changed since approval).
    const documented = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: first.arn }) });
    await updateModelPackage({ actor: team.reviewer, arn: first.arn, approvalStatus: 'Approved' });
    await expectExact();
    await saveVersion({
      actor: team.author,
      cardId: documented.card.id,
      baseVersion: 1,
      content: sampleContent({ modelPackageArn: first.arn, risk: 'High', description: 'Retrained' }),
    });
    await expectExact();

    // A card moved off the second package onto one that does not exist yet, which is registered later; the second package is deleted.
    const moved = await createCard({ actor: team.author, name: uniqueCardName('moved'), content: sampleContent({ modelPackageArn: second.arn }) });
    await expectExact();
    const futureArn = second.arn.replace(/\/2$/, '/4');
    await saveVersion({ actor: team.author, cardId: moved.card.id, baseVersion: 1, content: sampleContent({ modelPackageArn: futureArn }) });
    await expectExact();
    await deleteModelPackage({ actor: team.author, arn: second.arn });
    await registerTestPackage(team.author, group.name);
    await registerTestPackage(team.author, group.name);
    await expectExact();

    // A card for a model registered after it, then unlinked; a card on another account's package; a re-review; an archive; a delete.
    const modelName = uniqueCardName('model');
    const modelArn = `${inventoryArnBase()}:model/${modelName.toLowerCase()}`;
    const forModel = await createCard({ actor: team.author, name: uniqueCardName('for-model'), content: sampleContent({ modelId: modelArn }) });
    await createTestModel(team.author, undefined, modelName);
    await expectExact();
    await saveVersion({ actor: team.author, cardId: forModel.card.id, baseVersion: 1, content: sampleContent() });
    await expectExact();
    await createCard({
      actor: team.author,
      name: uniqueCardName('elsewhere'),
      content: sampleContent({ modelPackageArn: first.arn.replace(':000000000000:', ':123456789012:') }),
    });
    await expectExact();
    const reviewed = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ risk: 'Medium' }) });
    await startReReview({ actor: team.reviewer, cardId: reviewed.card.id });
    await approve({ actor: team.reviewer, cardId: reviewed.card.id, version: 1 });
    await archive({ actor: team.admin, cardId: forModel.card.id });
    await expectExact();
    await submitForReview({ actor: team.author, cardId: moved.card.id });
    await deleteCard({ actor: team.admin, cardId: moved.card.id });
    await setReviewPolicy({ actor: team.admin, policy: { High: 1, Medium: 2, Low: 3, Unknown: 4 } });
    await expectExact();

    const kept = await tableRows();
    // Packages 1, 3 and 4 (the second is deleted), the model, and three cards that document nothing here.
    expect(kept).toHaveLength(7);
    await database.db.setting.delete({ where: { key: 'inventory.arnBase' } });
    await rebuildInventorySummary(database.db);
    expect(await tableRows()).toEqual(kept);
  });
});
