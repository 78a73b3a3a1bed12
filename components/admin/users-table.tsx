'use client';

import { useState } from 'react';
import { ROLE_LABELS } from '@/lib/schemas/role-labels';
import type { TRole } from '@/lib/schemas/user';
import { updateUserAction } from '@/lib/actions/users';
import type { UserChange } from '@/lib/server/users/update-user';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/components/ui/notice';
import { UserDialogs } from './user-dialogs';
import type { PendingDialog } from './user-dialogs';
import { DataTable } from '@/components/ui/data-table';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  roles: TRole[];
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  oidcIssuer: string | null;
};

export function UsersTable({ users, currentUserEmail }: { users: UserRow[]; currentUserEmail: string }) {
  const [dialog, setDialog] = useState<PendingDialog | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function apply(user: UserRow, change: UserChange, done: string): Promise<string | null> {
    const result = await updateUserAction(user.id, change);
    if (!result.ok) return result.message;
    setDialog(null);
    setMessage({ tone: 'success', text: done });
    return null;
  }

  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <DataTable
        caption="Users"
        columns={[
          { label: 'Name' },
          { label: 'Roles' },
          { label: 'Status' },
          { label: 'Last sign-in', className: 'hidden lg:table-cell' },
          { label: 'Actions', className: 'text-right' },
        ]}
      >
        {users.map((user) => (
          <tr key={user.id} data-user-email={user.email} className={user.active ? '' : 'text-muted'}>
            <td className="px-4 py-3">
              <div className="font-medium text-fg">{user.name}</div>
              <div className="text-xs text-muted">
                {user.email}
                {user.email === currentUserEmail ? ' (you)' : ''}
                {user.oidcIssuer ? ' · single sign-on' : ''}
              </div>
            </td>
            <td className="px-4 py-3">{user.roles.map((role) => ROLE_LABELS[role]).join(', ')}</td>
            <td className="px-4 py-3">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${user.active ? 'bg-success-soft text-success' : 'bg-sunken text-muted'}`}>
                {user.active ? 'Active' : 'Deactivated'}
              </span>
            </td>
            <td className="hidden px-4 py-3 text-muted lg:table-cell">
              {user.lastLoginAt ? (
                <time dateTime={user.lastLoginAt} title={user.lastLoginAt}>
                  {formatDateTime(user.lastLoginAt)}
                </time>
              ) : (
                'Never'
              )}
            </td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap justify-end gap-1.5">
                <Button
                  variant="secondary"
                  className="px-2.5 py-1 text-xs"
                  onClick={() => setDialog({ kind: 'roles', user })}
                  aria-label={`Change roles of ${user.email}`}
                >
                  Roles
                </Button>
                <Button
                  variant="secondary"
                  className="px-2.5 py-1 text-xs"
                  onClick={() => setDialog({ kind: 'password', user })}
                  aria-label={`Reset password of ${user.email}`}
                >
                  Reset password
                </Button>
                <Button
                  variant={user.active ? 'danger-quiet' : 'secondary'}
                  className="px-2.5 py-1 text-xs"
                  onClick={() => setDialog({ kind: 'active', user })}
                  aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.email}`}
                >
                  {user.active ? 'Deactivate' : 'Reactivate'}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <UserDialogs dialog={dialog} onClose={() => setDialog(null)} apply={apply} />
    </div>
  );
}
