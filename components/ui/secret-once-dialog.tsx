// The one time Cardinal shows a secret (an access key's, a webhook's signing secret): a warning that it cannot be shown again, what to
// do if it is lost, the values with Copy buttons, and a close button that says the person has copied it.
'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';

export function SecretOnceDialog({
  open,
  title,
  secretName,
  ifLost,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  /** As in "Copy the … now." */
  secretName: string;
  /** What to do instead of asking Cardinal for it again. */
  ifLost: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      {open ? (
        <div className="space-y-4">
          <Notice tone="warning">
            <strong className="font-semibold">Copy the {secretName} now.</strong> This is the only time it is shown: Cardinal keeps it encrypted and cannot show
            it again. {ifLost}
          </Notice>
          {children}
          <div className="flex justify-end">
            <Button onClick={onClose}>I have copied the secret</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
