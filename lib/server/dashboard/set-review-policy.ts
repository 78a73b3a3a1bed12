// Admins set the review policy; the change and its before/after values go to the audit trail in the same transaction.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor, requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { ZReviewPolicy } from '@/lib/schemas/dashboard-query';
import type { TReviewPolicy } from '@/lib/schemas/dashboard-query';
import { readReviewPolicy, REVIEW_POLICY_KEY } from './review-policy';

export async function setReviewPolicy({ actor, policy }: { actor: Actor | null; policy: unknown }): Promise<TReviewPolicy> {
  const admin = requireRole(actor, ['admin'], 'set the review policy');
  const next = parseInput(ZReviewPolicy, policy);
  return getDb().$transaction(async (tx) => {
    const before = await readReviewPolicy(tx);
    const value = JSON.stringify(next);
    await tx.setting.upsert({ where: { key: REVIEW_POLICY_KEY }, create: { key: REVIEW_POLICY_KEY, value }, update: { value } });
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'settings.review_policy_changed',
      targetType: 'setting',
      targetId: REVIEW_POLICY_KEY,
      targetName: 'Review policy',
      details: { from: before, to: next },
    });
    return next;
  });
}
