import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { listUsers } from '@/lib/server/users/list-users';
import { UsersTable } from '@/components/admin/users-table';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  const users = await listUsers({ actor });
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Users">Who can sign in to Cardinal and what they may do. Changes apply on each person&apos;s next request.</PageHeader>
      <AdminTabs current="/admin/users" />
      <CreateUserForm />
      <UsersTable
        users={users.map((user) => ({ ...user, createdAt: user.createdAt.toISOString(), lastLoginAt: user.lastLoginAt?.toISOString() ?? null }))}
        currentUserEmail={actor.email}
      />
    </section>
  );
}
