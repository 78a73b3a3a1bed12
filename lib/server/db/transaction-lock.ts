// Transaction-scoped advisory locks serialise one kind of write across connections and instances.
import 'server-only';
import type { Tx } from '@/lib/server/db';

export const LOCKS = {
  auditChain: 727_073_691,
  firstAdmin: 727_073_692,
  userAdmin: 727_073_693,
  /** Taken in SQL, by the CardCount trigger at commit (migration hub_counts_name_search); listed so no other lock reuses it. */
  cardCounts: 727_073_694,
} as const;

export async function lockForTransaction(tx: Tx, lock: number): Promise<void> {
  // The function returns void, which Prisma cannot read back, so cast it away.
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${Number(lock)})::text AS locked`);
}
