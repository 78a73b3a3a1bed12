// The one time a secret access key is shown: its id and secret with Copy buttons, and a warning that closing the dialog loses the secret for good.
'use client';

import { CopyField } from '@/components/ui/copy-field';
import { SecretOnceDialog } from '@/components/ui/secret-once-dialog';

export type NewAccessKey = { accessKeyId: string; secretAccessKey: string };

export function NewAccessKeyDialog({ created, onClose }: { created: NewAccessKey | null; onClose: () => void }) {
  return (
    <SecretOnceDialog
      open={!!created}
      title="Access key created"
      secretName="secret access key"
      ifLost="If you lose it, create a new key and delete this one."
      onClose={onClose}
    >
      {created ? (
        <div className="space-y-4">
          <CopyField id="new-access-key-id" label="Access key ID" value={created.accessKeyId} />
          <CopyField id="new-secret-access-key" label="Secret access key" value={created.secretAccessKey} />
        </div>
      ) : null}
    </SecretOnceDialog>
  );
}
