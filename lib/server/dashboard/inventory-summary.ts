// InventoryRow is kept by triggers for the ARNs named in the Setting "inventory.arnBase"; a server whose ARNs differ (a fresh database, or a changed CARDINAL_AWS_REGION / CARDINAL_AWS_ACCOUNT_ID) rebuilds it whole, once, before it reads.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Db } from '@/lib/server/db';
import { arnContext } from '@/lib/server/registry/registry-rules';
import { modelArn } from '@/lib/server/registry/registry-arns';

export const INVENTORY_ARN_KEY = 'inventory.arnBase';

/** "arn:aws:sagemaker:<region>:<account>", which every package and model ARN of this server starts with. */
export function inventoryArnBase(): string {
  return modelArn(arnContext(), '').slice(0, -':model/'.length);
}

/** Rebuilds the table when it was built for other ARNs; `builtFor` is the setting already read with the review policy. */
export async function ensureInventorySummary(builtFor: string | null, base = inventoryArnBase()): Promise<void> {
  if (builtFor === base) return;
  await rebuildInventorySummary(getDb(), base);
}

/** The whole table in one transaction: it waits for changes under way (their triggers hold the table's row lock) and changes wait for it. */
export async function rebuildInventorySummary(db: Db, base = inventoryArnBase()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('LOCK TABLE "InventoryRow" IN EXCLUSIVE MODE');
      const current = await tx.setting.findUnique({ where: { key: INVENTORY_ARN_KEY }, select: { value: true } });
      if (current?.value === base) return;
      await tx.setting.upsert({ where: { key: INVENTORY_ARN_KEY }, create: { key: INVENTORY_ARN_KEY, value: base }, update: { value: base } });
      await tx.$executeRawUnsafe('DELETE FROM "InventoryRow"');
      await tx.$queryRawUnsafe(
        `SELECT "cardinal_inventory_refresh"(ARRAY(SELECT id FROM "ModelPackage"), ARRAY(SELECT id FROM "RegisteredModel"), ARRAY(SELECT id FROM "ModelCard"), false)::text AS done`,
      );
    },
    { maxWait: 20_000, timeout: 120_000 },
  );
}
