// Creating an access key: an optional label saying what will use it, then the one-time dialog with the secret.
'use client';

import { useState } from 'react';
import { createAccessKeyAction } from '@/lib/actions/access-keys';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ACCESS_KEY_LABEL_MAX_CHARS } from '@/lib/schemas/access-key';
import { NewAccessKeyDialog } from './new-access-key-dialog';
import type { NewAccessKey } from './new-access-key-dialog';

export function CreateAccessKeyForm() {
  const [label, setLabel] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<NewAccessKey | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await createAccessKeyAction(label);
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setLabel('');
    setCreated(result.data);
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate aria-labelledby="new-key-title" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="new-key-title" className="font-semibold">
          New access key
        </h2>
        <p className="mt-1 text-sm text-muted">
          The key acts as you, with your roles. Create one per program or pipeline, so each can be turned off on its own.
        </p>
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="w-full sm:max-w-sm">
            <TextField
              label="Label (optional)"
              name="access-key-label"
              value={label}
              maxLength={ACCESS_KEY_LABEL_MAX_CHARS}
              placeholder="e.g. Nightly training pipeline"
              onChange={(event) => setLabel(event.target.value)}
            />
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create access key'}
          </Button>
        </div>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <NewAccessKeyDialog created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
