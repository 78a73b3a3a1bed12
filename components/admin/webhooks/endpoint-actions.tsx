// What an admin does to one endpoint: enable or disable it, rotate its signing secret (the old one keeps signing for 24 hours), delete it after a confirmation naming it.
'use client';

import { useState } from 'react';
import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { deleteWebhookAction, rotateWebhookSecretAction, updateWebhookAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { NewSecretDialog } from './new-secret-dialog';
import type { NewSecret } from './new-secret-dialog';

type Pending = 'rotate' | 'delete' | null;

export function EndpointActions({ id, url, enabled, extra }: { id: string; url: string; enabled: boolean; extra?: ReactNode }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [confirm, setConfirm] = useState<Pending>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [secret, setSecret] = useState<NewSecret | null>(null);

  async function toggle() {
    setBusy(true);
    const result = await updateWebhookAction(id, { enabled: !enabled });
    setBusy(false);
    setMessage(
      result.ok
        ? { tone: 'success', text: enabled ? 'Disabled: nothing is sent to this endpoint until you enable it.' : 'Enabled: new events are sent again.' }
        : { tone: 'error', text: result.message },
    );
    if (result.ok) router.refresh();
  }

  async function confirmed(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    if (confirm === 'rotate') {
      const result = await rotateWebhookSecretAction(id);
      setBusy(false);
      if (!result.ok) return setConfirmError(result.message);
      setConfirm(null);
      setSecret({ secret: result.data.secret, rotated: true });
      router.refresh();
      return;
    }
    const result = await deleteWebhookAction(id);
    setBusy(false);
    if (!result.ok) return setConfirmError(result.message);
    setConfirm(null);
    router.push('/admin/webhooks');
  }

  function ask(what: Pending) {
    setConfirmError(null);
    setConfirm(what);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {extra}
        <Button variant="secondary" disabled={busy} onClick={toggle}>
          {enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => ask('rotate')}>
          Rotate secret
        </Button>
        <Button variant="danger-quiet" disabled={busy} onClick={() => ask('delete')}>
          Delete
        </Button>
      </div>
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      <Dialog open={!!confirm} onClose={() => setConfirm(null)} title={confirm === 'rotate' ? 'Rotate the signing secret?' : 'Delete this endpoint?'}>
        <form onSubmit={confirmed} className="space-y-4">
          {confirmError ? <Notice tone="error">{confirmError}</Notice> : null}
          {confirm === 'rotate' ? (
            <p className="text-sm text-muted">
              Cardinal makes a new secret and shows it once. The current secret stays valid for 24 hours: until then every delivery is signed with both, so
              update your receiver within a day.
            </p>
          ) : (
            <p className="text-sm text-muted">
              Nothing more is sent to <span className="break-all font-mono text-fg">{url}</span>, and its delivery log goes with it. This cannot be undone; to
              pause deliveries instead, disable it.
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
            <Button type="submit" variant={confirm === 'delete' ? 'danger' : 'primary'} disabled={busy} autoFocus>
              {confirm === 'rotate' ? 'Rotate secret' : 'Delete endpoint'}
            </Button>
          </div>
        </form>
      </Dialog>
      <NewSecretDialog created={secret} onClose={() => setSecret(null)} />
    </div>
  );
}
