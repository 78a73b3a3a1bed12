// The inventory read in one SQL statement over InventoryRow (a row per package version and registered model with the card that documents it, and per card that documents neither, with its flags): the database filters, sorts, pages and counts.
import 'server-only';
import type { TDashboardQuery, TReviewPolicy } from '@/lib/schemas/dashboard-query';

export type InventorySqlContext = { policy: TReviewPolicy; now: Date };

/** $1–$4 months High/Medium/Low/Unknown, $5 now. */
function baseParams(context: InventorySqlContext): unknown[] {
  const { policy } = context;
  return [policy.High, policy.Medium, policy.Low, policy.Unknown, context.now.toISOString()];
}

// The rows come from InventoryRow (kept by triggers in the transaction of each change); only what depends on the review policy and the
// clock is computed here: the next review of an approved card and whether it is overdue.
const INVENTORY = `
WITH inventory AS NOT MATERIALIZED (
  SELECT r.*, due."nextReviewAt", COALESCE(due."nextReviewAt" < $5::timestamp, false) AS "reviewOverdue"
  FROM "InventoryRow" r
  CROSS JOIN LATERAL (SELECT CASE WHEN r."cardStatus" = 'Approved' AND r."lastApprovedAt" IS NOT NULL
    THEN r."lastApprovedAt" + make_interval(months => CASE r.risk WHEN 'High' THEN $1::int WHEN 'Medium' THEN $2::int WHEN 'Low' THEN $3::int ELSE $4::int END)
  END AS "nextReviewAt") due
)`;

const FLAG_COLUMNS = {
  'review-overdue': '"reviewOverdue"',
  'package-approved-card-not': '"packageApprovedCardNot"',
  'card-changed-since-approval': '"cardChangedSinceApproval"',
  'card-never-approved': '"cardNeverApproved"',
  'no-card': '"noCard"',
  'package-missing': '"packageMissing"',
} as const;
export const FLAG_COLUMN_NAMES = Object.fromEntries(Object.entries(FLAG_COLUMNS).map(([flag, column]) => [flag, column.slice(1, -1)])) as Record<
  keyof typeof FLAG_COLUMNS,
  string
>;

const RISK_ORDER = `CASE risk WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 WHEN 'Low' THEN 2 WHEN 'Unknown' THEN 3 ELSE 4 END`;
const STATUS_ORDER = `CASE "cardStatus" WHEN 'Draft' THEN 0 WHEN 'PendingReview' THEN 1 WHEN 'Approved' THEN 2 WHEN 'Archived' THEN 3 ELSE 4 END`;
const SORTS: Record<TDashboardQuery['sort'], string> = {
  // Byte order (as on the embedded database): a locale's collation costs a sort of the whole inventory several times over.
  name: 'lower(name) COLLATE "C"',
  risk: RISK_ORDER,
  status: STATUS_ORDER,
  lastApproved: '"lastApprovedAt"',
  nextReview: '"nextReviewAt"',
};

function whereClause(query: Omit<TDashboardQuery, 'sort' | 'order' | 'page'>, params: unknown[]): string {
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.q) conditions.push(`(name ILIKE ${bind(`%${query.q.replace(/[\\%_]/g, '\\$&')}%`)} OR "cardName" ILIKE $${params.length})`);
  if (query.risk) conditions.push(query.risk === 'none' ? '"cardId" IS NULL' : `risk = ${bind(query.risk)}`);
  if (query.status) conditions.push(query.status === 'none' ? '"cardId" IS NULL' : `"cardStatus" = ${bind(query.status)}`);
  if (query.approval) conditions.push(`approval = ${bind(query.approval)}`);
  if (query.kind) conditions.push(`kind = ${bind(query.kind)}`);
  if (query.flag) conditions.push(FLAG_COLUMNS[query.flag]);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

const ROW_COLUMNS = `kind, subject, name, "groupName", "packageVersion", approval, "cardId", "cardName", "cardStatus", risk, "ownerId", "lastApprovedAt", "lastApprovedById",
  "nextReviewAt", "latestVersion", "reviewOverdue", "packageApprovedCardNot", "cardChangedSinceApproval", "cardNeverApproved", "noCard", "packageMissing"`;

/** The people's names for the rows read (owner, last approver): joined for the page shown, not for the whole inventory. */
const NAMES = `LEFT JOIN "User" o ON o.id = f."ownerId" LEFT JOIN "User" la ON la.id = f."lastApprovedById"`;

/**
 * The dashboard's first paint in one statement: one page of rows in the chosen order with the number the filters match, and counts over the
 * whole inventory by risk and card status with rows per flag.
 */
export function inventoryScreenSql(context: InventorySqlContext, query: TDashboardQuery | null, pageSize: number): { sql: string; params: unknown[] } {
  const params = baseParams(context);
  const where = query ? whereClause(query, params) : 'WHERE false';
  const direction = query?.order === 'desc' ? 'DESC' : 'ASC';
  const order = `${SORTS[query?.sort ?? 'nextReview']} ${direction} NULLS LAST, lower(name) COLLATE "C" ASC, kind ASC, subject ASC`;
  params.push(pageSize, ((query?.page ?? 1) - 1) * pageSize);
  const flags = Object.values(FLAG_COLUMNS)
    .map((column) => `count(*) FILTER (WHERE ${column})::int AS ${column}`)
    .join(', ');
  // Each part reads the table on its own (nothing materialised); the page is a bounded top-N sort, and only its rows get names.
  const sql = `${INVENTORY}, filtered AS NOT MATERIALIZED (
  SELECT ${ROW_COLUMNS} FROM inventory ${where}
)
SELECT (SELECT count(*)::int FROM filtered) AS matching,
  (SELECT COALESCE(json_agg(page ORDER BY ${order}), '[]'::json) FROM (
    SELECT f.*, o.name AS "ownerName", la.name AS "lastApprovedBy"
    FROM (SELECT * FROM filtered ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}) f
    ${NAMES}
  ) page) AS rows,
  (SELECT COALESCE(json_agg(cells), '[]'::json) FROM (SELECT risk, "cardStatus", count(*)::int AS total, ${flags} FROM inventory GROUP BY risk, "cardStatus") cells) AS counts`;
  return { sql, params };
}

/** Every row the filters match, with the SR 11-7 inventory fields read from each card's latest content. */
export function inventoryExportSql(context: InventorySqlContext, query: TDashboardQuery): { sql: string; params: unknown[] } {
  const params = baseParams(context);
  const where = whereClause(query, params);
  const sql = `${INVENTORY}
SELECT f.*, o.name AS "ownerName", la.name AS "lastApprovedBy",
  (v.content::jsonb) -> 'intended_uses' ->> 'purpose_of_model' AS purpose,
  COALESCE((v.content::jsonb) -> 'model_overview' ->> 'model_owner', o.name) AS owner,
  COALESCE((v.content::jsonb) -> 'model_overview' ->> 'model_creator', cb.name) AS developer
FROM (SELECT ${ROW_COLUMNS} FROM inventory ${where}) f
${NAMES}
LEFT JOIN "ModelCardVersion" v ON v."cardId" = f."cardId" AND v.version = f."latestVersion"
LEFT JOIN "ModelCard" c ON c.id = f."cardId"
LEFT JOIN "User" cb ON cb.id = c."createdById"
ORDER BY lower(f.name) COLLATE "C", f.kind, f.subject`;
  return { sql, params };
}
