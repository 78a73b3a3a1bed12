// The signed-in user's access keys: id, label, when created and last used (UTC), status; deactivate or reactivate at once, delete after a confirmation naming the key.
'use client';

import { useState } from 'react';
import { deleteAccessKeyAction, setAccessKeyActiveAction } from '@/lib/actions/access-keys';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';

/** revoked: by a password reset or deactivation of the owner; such a key cannot be reactivated. */
export type AccessKeyRow = { accessKeyId: string; label: string | null; active: boolean; revoked: boolean; createdAt: string; lastUsedAt: string | null };

function Time({ value }: { value: string }) {
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value)}
    </time>
  );
}

export function AccessKeysTable({ keys }: { keys: AccessKeyRow[] }) {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AccessKeyRow | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function toggle(key: AccessKeyRow) {
    setBusy(key.accessKeyId);
    const result = await setAccessKeyActiveAction(key.accessKeyId, !key.active);
    setBusy(null);
    setMessage(
      result.ok
        ? { tone: 'success', text: key.active ? `${key.accessKeyId} is deactivated: requests signed with it are refused.` : `${key.accessKeyId} works again.` }
        : { tone: 'error', text: result.message },
    );
  }

  async function confirmDelete(event: React.FormEvent) {
    event.preventDefault();
    if (!deleting) return;
    setBusy(deleting.accessKeyId);
    const result = await deleteAccessKeyAction(deleting.accessKeyId);
    setBusy(null);
    if (!result.ok) {
      setDeleteError(result.message);
      return;
    }
    setMessage({ tone: 'success', text: `${deleting.accessKeyId} is deleted.` });
    setDeleting(null);
  }

  if (keys.length === 0) {
    return <EmptyState title="No access keys yet">Create a key above to call Cardinal from the AWS CLI, boto3, an AWS SDK or curl.</EmptyState>;
  }

  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <DataTable
        caption="Your access keys"
        columns={[
          { label: 'Access key ID' },
          { label: 'Label', className: 'hidden lg:table-cell' },
          { label: 'Created', className: 'hidden lg:table-cell' },
          { label: 'Last used' },
          { label: 'Status' },
          { label: 'Actions', className: 'text-right' },
        ]}
      >
        {keys.map((key) => (
          <tr key={key.accessKeyId} data-access-key-id={key.accessKeyId} className={key.active ? '' : 'text-muted'}>
            <td className="px-4 py-3">
              <div className="whitespace-nowrap font-mono text-[13px] text-fg">{key.accessKeyId}</div>
              {/* Narrow screens: the label under the id, instead of a column of its own. */}
              {key.label ? <div className="mt-0.5 text-xs text-muted lg:hidden">{key.label}</div> : null}
            </td>
            <td className="hidden px-4 py-3 lg:table-cell">{key.label ?? <span className="text-muted">—</span>}</td>
            <td className="hidden whitespace-nowrap px-4 py-3 text-muted lg:table-cell">
              <Time value={key.createdAt} />
            </td>
            <td className="whitespace-nowrap px-4 py-3 text-muted">{key.lastUsedAt ? <Time value={key.lastUsedAt} /> : 'Never'}</td>
            <td className="px-4 py-3">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${key.active ? 'bg-success-soft text-success' : 'bg-sunken text-muted'}`}>
                {key.active ? 'Active' : key.revoked ? 'Revoked' : 'Inactive'}
              </span>
            </td>
            <td className="px-4 py-3">
              <div className="flex justify-end gap-1.5">
                {key.revoked ? null : (
                  <Button
                    variant="secondary"
                    className="px-2.5 py-1 text-xs"
                    disabled={busy === key.accessKeyId}
                    onClick={() => toggle(key)}
                    aria-label={`${key.active ? 'Deactivate' : 'Reactivate'} ${key.accessKeyId}`}
                  >
                    {key.active ? 'Deactivate' : 'Reactivate'}
                  </Button>
                )}
                <Button
                  variant="danger-quiet"
                  className="px-2.5 py-1 text-xs"
                  disabled={busy === key.accessKeyId}
                  onClick={() => {
                    setDeleteError(null);
                    setDeleting(key);
                  }}
                  aria-label={`Delete ${key.accessKeyId}`}
                >
                  Delete
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      <Dialog open={!!deleting} onClose={() => setDeleting(null)} title={deleting ? `Delete access key ${deleting.accessKeyId}?` : ''}>
        {deleting ? (
          <form onSubmit={confirmDelete} className="space-y-4">
            {deleteError ? <Notice tone="error">{deleteError}</Notice> : null}
            <p className="text-sm text-muted">
              Programs signing with <span className="font-mono text-fg">{deleting.accessKeyId}</span>
              {deleting.label ? ` (${deleting.label})` : ''} are refused from their next request. This cannot be undone; to pause a key instead, deactivate it.
            </p>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setDeleting(null)}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={busy === deleting.accessKeyId} autoFocus>
                Delete key
              </Button>
            </div>
          </form>
        ) : null}
      </Dialog>
    </div>
  );
}
