'use server';

import { getActor } from '@/lib/server/auth/get-actor';
import { checkAuditTrail } from '@/lib/server/audit/check-audit-trail';
import { runAction } from './action-result';

export async function checkAuditTrailAction() {
  return runAction(async () => {
    const result = await checkAuditTrail({ actor: await getActor() });
    return { ...result, checkedAt: result.checkedAt.toISOString() };
  });
}
