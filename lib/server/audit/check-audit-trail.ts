// Admins and auditors check the audit hash chain from the console (the Audit trail page), since the server holds the embedded database while it runs.
import 'server-only';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { verifyAuditChain } from './verify-audit-chain';
import type { AuditChainResult } from './verify-audit-chain';

export async function checkAuditTrail({ actor }: { actor: Actor | null }): Promise<AuditChainResult & { checkedAt: Date }> {
  requireRole(actor, ['admin', 'auditor'], 'check the audit trail');
  return { ...(await verifyAuditChain()), checkedAt: new Date() };
}
