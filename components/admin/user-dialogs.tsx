'use client';

import { useState } from 'react';
import type { TRole } from '@/lib/schemas/user';
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/user';
import type { UserChange } from '@/lib/server/users/update-user';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { RoleCheckboxes } from './role-checkboxes';
import type { UserRow } from './users-table';

export type PendingDialog = { kind: 'roles' | 'password' | 'active'; user: UserRow };
type Apply = (user: UserRow, change: UserChange, done: string) => Promise<string | null>;

export function UserDialogs({ dialog, onClose, apply }: { dialog: PendingDialog | null; onClose: () => void; apply: Apply }) {
  const title = !dialog
    ? ''
    : dialog.kind === 'roles'
      ? `Roles of ${dialog.user.name}`
      : dialog.kind === 'password'
        ? `Reset the password of ${dialog.user.name}`
        : `${dialog.user.active ? 'Deactivate' : 'Reactivate'} ${dialog.user.name}?`;
  return (
    <Dialog open={!!dialog} onClose={onClose} title={title}>
      {dialog ? <DialogBody key={`${dialog.kind}-${dialog.user.id}`} dialog={dialog} onClose={onClose} apply={apply} /> : null}
    </Dialog>
  );
}

function DialogBody({ dialog, onClose, apply }: { dialog: PendingDialog; onClose: () => void; apply: Apply }) {
  const { user } = dialog;
  const [roles, setRoles] = useState<TRole[]>(user.roles);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    let change: UserChange;
    let done: string;
    if (dialog.kind === 'roles') {
      change = { roles };
      done = `Roles of ${user.email} saved.`;
    } else if (dialog.kind === 'password') {
      if (password.length < MIN_PASSWORD_LENGTH) {
        setPending(false);
        setError(`The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
        return;
      }
      change = { password };
      done = `Password of ${user.email} reset. Their other sessions have ended.`;
    } else {
      change = { active: !user.active };
      done = user.active ? `${user.email} is deactivated and signed out.` : `${user.email} can sign in again.`;
    }
    setError(await apply(user, change, done));
    setPending(false);
  }

  return (
    <form onSubmit={confirm} className="space-y-4" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {dialog.kind === 'roles' ? <RoleCheckboxes legend="Roles" idPrefix="edit-role" value={roles} onChange={setRoles} /> : null}
      {dialog.kind === 'password' ? (
        <>
          <p className="text-sm text-muted">{user.email} will be signed out everywhere and must use the new password.</p>
          <TextField
            label="New password"
            name="new-password"
            type="password"
            autoComplete="new-password"
            autoFocus
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          />
        </>
      ) : null}
      {dialog.kind === 'active' ? (
        <p className="text-sm text-muted">
          {user.active
            ? `${user.email} will be signed out at their next request and cannot sign in until reactivated. Their cards and reviews stay.`
            : `${user.email} will be able to sign in again with their existing password.`}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant={dialog.kind === 'active' && user.active ? 'danger' : 'primary'} disabled={pending} autoFocus={dialog.kind === 'active'}>
          {dialog.kind === 'roles' ? 'Save roles' : dialog.kind === 'password' ? 'Reset password' : user.active ? 'Deactivate' : 'Reactivate'}
        </Button>
      </div>
    </form>
  );
}
