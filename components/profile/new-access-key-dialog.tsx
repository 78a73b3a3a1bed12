// The one time a secret access key is shown: its id and secret with Copy buttons, and a warning that closing the dialog loses the secret for good.
'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { CopyField } from './copy-field';

export type NewAccessKey = { accessKeyId: string; secretAccessKey: string };

export function NewAccessKeyDialog({ created, onClose }: { created: NewAccessKey | null; onClose: () => void }) {
  return (
    <Dialog open={!!created} onClose={onClose} title="Access key created">
      {created ? (
        <div className="space-y-4">
          <Notice tone="warning">
            <strong className="font-semibold">Copy the secret access key now.</strong> This is the only time it is shown: Cardinal keeps it encrypted and cannot
            show it again. If you lose it, create a new key and delete this one.
          </Notice>
          <div className="space-y-4">
            <CopyField id="new-access-key-id" label="Access key ID" value={created.accessKeyId} />
            <CopyField id="new-secret-access-key" label="Secret access key" value={created.secretAccessKey} />
          </div>
          <div className="flex justify-end">
            <Button onClick={onClose}>I have copied the secret</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
