// The one time a signing secret is shown (on creation and after a rotation), with a Copy button and what to do with it.
'use client';

import { CopyField } from '@/components/ui/copy-field';
import { SecretOnceDialog } from '@/components/ui/secret-once-dialog';

export type NewSecret = { secret: string; rotated: boolean };

export function NewSecretDialog({ created, onClose }: { created: NewSecret | null; onClose: () => void }) {
  return (
    <SecretOnceDialog
      open={!!created}
      title={created?.rotated ? 'Signing secret rotated' : 'Webhook endpoint added'}
      secretName="signing secret"
      ifLost="If you lose it, rotate the secret."
      onClose={onClose}
    >
      {created?.rotated ? (
        <p className="text-sm text-muted">
          The old secret stays valid for 24 hours: until then every delivery carries two signatures, one with each secret, so your receiver can switch without
          missing an event.
        </p>
      ) : (
        <p className="text-sm text-muted">
          Your receiver verifies each delivery&apos;s <span className="font-mono">webhook-signature</span> header with this secret, for example with the{' '}
          <span className="font-mono">standardwebhooks</span> package for JavaScript or Python.
        </p>
      )}
      {created ? <CopyField id="webhook-signing-secret" label="Signing secret" value={created.secret} /> : null}
    </SecretOnceDialog>
  );
}
