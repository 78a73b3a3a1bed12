// The review policy (months until an approved card is due for re-review, per risk rating) lives in the Setting table; missing or unreadable means the defaults.
import 'server-only';
import type { Db, Tx } from '@/lib/server/db';
import { DEFAULT_REVIEW_POLICY, ZReviewPolicy } from '@/lib/schemas/dashboard-query';
import type { TReviewPolicy } from '@/lib/schemas/dashboard-query';

export const REVIEW_POLICY_KEY = 'dashboard.reviewPolicy';

export async function readReviewPolicy(db: Db | Tx): Promise<TReviewPolicy> {
  const row = await db.setting.findUnique({ where: { key: REVIEW_POLICY_KEY }, select: { value: true } });
  return parseReviewPolicy(row?.value ?? null);
}

export function parseReviewPolicy(value: string | null): TReviewPolicy {
  if (value === null) return DEFAULT_REVIEW_POLICY;
  try {
    const parsed = ZReviewPolicy.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : DEFAULT_REVIEW_POLICY;
  } catch {
    return DEFAULT_REVIEW_POLICY;
  }
}
