// Runs the inventory SQL over the maintained InventoryRow table and turns its rows into DTOs with flag lists: shared by the dashboard screen and the CSV export.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { DASHBOARD_FLAGS } from '@/lib/schemas/dashboard-query';
import type { TDashboardFlag, TDashboardQuery } from '@/lib/schemas/dashboard-query';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import type { TCardStatus } from '@/lib/schemas/card-status';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import { parseReviewPolicy, REVIEW_POLICY_KEY } from './review-policy';
import { ensureInventorySummary, INVENTORY_ARN_KEY } from './inventory-summary';
import { FLAG_COLUMN_NAMES, inventoryExportSql, inventoryScreenSql } from './inventory-sql';
import type { InventorySqlContext } from './inventory-sql';

export type InventoryRowDto = {
  kind: 'package' | 'model' | 'card';
  /** The package or model ARN (a card's link for card rows; null when it documents nothing). */
  subject: string | null;
  name: string;
  groupName: string | null;
  packageVersion: number | null;
  packageApproval: TModelApprovalStatus | null;
  card: { id: string; name: string; status: TCardStatus; riskRating: TRiskRating; owner: string } | null;
  lastApproved: { at: string; by: string } | null;
  nextReviewAt: string | null;
  flags: TDashboardFlag[];
};

type RawRow = Record<string, unknown>;

/** The review policy and the moment overdue is judged at, read with the inventory table's state in one query (rebuilt first when it must be). */
export async function inventoryContext(now: Date): Promise<InventorySqlContext> {
  const settings = await getDb().setting.findMany({ where: { key: { in: [REVIEW_POLICY_KEY, INVENTORY_ARN_KEY] } }, select: { key: true, value: true } });
  const valueOf = (key: string) => settings.find((setting) => setting.key === key)?.value ?? null;
  await ensureInventorySummary(valueOf(INVENTORY_ARN_KEY));
  return { policy: parseReviewPolicy(valueOf(REVIEW_POLICY_KEY)), now };
}

/** The end of the `asOf` day (UTC) when the URL names one, else now. */
export function judgedAt(query: Pick<TDashboardQuery, 'asOf'> | null, now: Date): Date {
  return query?.asOf ? new Date(`${query.asOf}T23:59:59.999Z`) : now;
}

function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date =
    value instanceof Date ? value : new Date(String(value).endsWith('Z') || /[+-]\d\d(:?\d\d)?$/.test(String(value)) ? String(value) : `${String(value)}Z`);
  return date.toISOString();
}

export function toInventoryRow(row: RawRow): InventoryRowDto {
  const lastApprovedAt = iso(row.lastApprovedAt);
  return {
    kind: row.kind as InventoryRowDto['kind'],
    subject: (row.subject as string | null) ?? null,
    name: row.name as string,
    groupName: (row.groupName as string | null) ?? null,
    packageVersion: row.packageVersion === null || row.packageVersion === undefined ? null : Number(row.packageVersion),
    packageApproval: (row.approval as TModelApprovalStatus | null) ?? null,
    card: row.cardId
      ? {
          id: row.cardId as string,
          name: row.cardName as string,
          status: row.cardStatus as TCardStatus,
          riskRating: row.risk as TRiskRating,
          owner: (row.ownerName as string | null) ?? '',
        }
      : null,
    lastApproved: lastApprovedAt ? { at: lastApprovedAt, by: (row.lastApprovedBy as string | null) ?? '' } : null,
    nextReviewAt: iso(row.nextReviewAt),
    flags: DASHBOARD_FLAGS.filter((flag) => row[FLAG_COLUMN_NAMES[flag]] === true),
  };
}

export type InventoryCountsDto = {
  total: number;
  flags: Record<TDashboardFlag, number>;
  /** Rows by the card's risk rating and status; `none` where no card documents the row. */
  grid: { risk: TRiskRating | 'none'; status: TCardStatus | 'none'; count: number }[];
};

function toCounts(cells: RawRow[]): InventoryCountsDto {
  const flags = Object.fromEntries(DASHBOARD_FLAGS.map((flag) => [flag, 0])) as Record<TDashboardFlag, number>;
  let total = 0;
  const grid = cells.map((cell) => {
    total += Number(cell.total);
    for (const flag of DASHBOARD_FLAGS) flags[flag] += Number(cell[FLAG_COLUMN_NAMES[flag]]);
    return {
      risk: ((cell.risk as string | null) ?? 'none') as TRiskRating | 'none',
      status: ((cell.cardStatus as string | null) ?? 'none') as TCardStatus | 'none',
      count: Number(cell.total),
    };
  });
  return { total, flags, grid };
}

/** A null query (the URL could not be read) gives no rows and still the counts. */
export async function readInventoryScreen(
  context: InventorySqlContext,
  query: TDashboardQuery | null,
  pageSize: number,
): Promise<{ rows: InventoryRowDto[]; matching: number; counts: InventoryCountsDto }> {
  const { sql, params } = inventoryScreenSql(context, query, pageSize);
  const [result] = await getDb().$queryRawUnsafe<{ matching: number; rows: RawRow[] | string; counts: RawRow[] | string }[]>(sql, ...params);
  // Drivers hand json back parsed or as text.
  const rows = (typeof result!.rows === 'string' ? JSON.parse(result!.rows) : result!.rows) as RawRow[];
  const counts = (typeof result!.counts === 'string' ? JSON.parse(result!.counts) : result!.counts) as RawRow[];
  return { rows: rows.map(toInventoryRow), matching: Number(result!.matching), counts: toCounts(counts) };
}

export type InventoryExportRowDto = InventoryRowDto & { purpose: string | null; owner: string | null; developer: string | null };

export async function readInventoryExport(context: InventorySqlContext, query: TDashboardQuery): Promise<InventoryExportRowDto[]> {
  const { sql, params } = inventoryExportSql(context, query);
  const rows = await getDb().$queryRawUnsafe<RawRow[]>(sql, ...params);
  return rows.map((row) => ({
    ...toInventoryRow(row),
    purpose: (row.purpose as string | null) ?? null,
    owner: (row.owner as string | null) ?? null,
    developer: (row.developer as string | null) ?? null,
  }));
}
