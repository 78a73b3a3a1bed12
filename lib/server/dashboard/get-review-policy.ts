// Admins read the review policy to change it; everyone else sees it on the dashboard.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import type { TReviewPolicy } from '@/lib/schemas/dashboard-query';
import { readReviewPolicy } from './review-policy';

export async function getReviewPolicy({ actor }: { actor: Actor | null }): Promise<TReviewPolicy> {
  requireRole(actor, ['admin'], 'change the review policy');
  return readReviewPolicy(getDb());
}
