// The one time a signing secret is shown (on creation and after a rotation), with a Copy button and what to do with it.
'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { CopyField } from '@/components/profile/copy-field';

export type NewSecret = { secret: string; rotated: boolean };

export function NewSecretDialog({ created, onClose }: { created: NewSecret | null; onClose: () => void }) {
  return (
    <Dialog open={!!created} onClose={onClose} title={created?.rotated ? 'Signing secret rotated' : 'Webhook endpoint added'}>
      {created ? (
        <div className="space-y-4">
          <Notice tone="warning">
            <strong className="font-semibold">Copy the signing secret now.</strong> This is the only time it is shown: Cardinal keeps it encrypted and cannot
            show it again. If you lose it, rotate the secret.
          </Notice>
          {created.rotated ? (
            <p className="text-sm text-muted">
              The old secret stays valid for 24 hours: until then every delivery carries two signatures, one with each secret, so your receiver can switch
              without missing an event.
            </p>
          ) : (
            <p className="text-sm text-muted">
              Your receiver verifies each delivery&apos;s <span className="font-mono">webhook-signature</span> header with this secret, for example with the{' '}
              <span className="font-mono">standardwebhooks</span> package for JavaScript or Python.
            </p>
          )}
          <CopyField id="webhook-signing-secret" label="Signing secret" value={created.secret} />
          <div className="flex justify-end">
            <Button onClick={onClose}>I have copied the secret</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
