import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { AuditCheck } from '@/components/admin/audit-check';

export const metadata = { title: 'Audit trail' };

export default async function AuditPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
        Audit trail
      </h1>
      <AdminTabs current="/admin/audit" />
      <AuditCheck />
    </section>
  );
}
