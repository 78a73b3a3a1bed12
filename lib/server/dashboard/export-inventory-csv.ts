// The model inventory as CSV with the fields an SR 11-7-style inventory holds, for any signed-in role; the same rows and filters as the dashboard.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { requireRegistryReader } from '@/lib/server/registry/registry-rules';
import { parseInput } from '@/lib/server/parse-input';
import { ZDashboardQuery, DASHBOARD_FLAG_LABELS } from '@/lib/schemas/dashboard-query';
import { csvLine } from '@/lib/csv/csv-cell';
import { inventoryContext, judgedAt, readInventoryExport } from './read-inventory';

export const INVENTORY_CSV_HEADER = [
  'Name',
  'Kind',
  'Linked package or model',
  'Package approval',
  'Model card',
  'Purpose',
  'Owner',
  'Developer',
  'Validator',
  'Risk rating',
  'Card status',
  'Approval date',
  'Next review due',
  'Flags',
] as const;

export async function exportInventoryCsv({
  actor,
  params,
  now = new Date(),
}: {
  actor: Actor | null;
  params: Record<string, string | string[] | undefined>;
  now?: Date;
}): Promise<string> {
  requireRegistryReader(actor);
  const query = parseInput(ZDashboardQuery, params);
  const rows = await readInventoryExport(await inventoryContext(judgedAt(query, now)), query);
  let csv = csvLine([...INVENTORY_CSV_HEADER]);
  for (const row of rows) {
    csv += csvLine([
      row.name,
      row.kind === 'card' ? 'model card' : row.kind === 'package' ? 'model package version' : 'model',
      row.subject,
      row.packageApproval,
      row.card?.name,
      row.purpose,
      row.owner,
      row.developer,
      row.lastApproved?.by,
      row.card?.riskRating,
      row.card?.status,
      row.lastApproved?.at,
      row.nextReviewAt?.slice(0, 10),
      row.flags.map((flag) => DASHBOARD_FLAG_LABELS[flag]).join('; '),
    ]);
  }
  return csv;
}
