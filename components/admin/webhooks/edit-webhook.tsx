// The endpoint's settings, closed until an admin chooses Edit.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { updateWebhookAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { WebhookForm } from './webhook-form';
import type { WebhookFormValues } from './webhook-form';

export function EditWebhook({ id, initial }: { id: string; initial: WebhookFormValues }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!open) {
    return (
      <div className="space-y-3">
        <div aria-live="polite">{saved ? <Notice tone="success">Saved. New events follow these settings.</Notice> : null}</div>
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          Edit settings
        </Button>
      </div>
    );
  }
  return (
    <WebhookForm
      title="Edit endpoint"
      initial={initial}
      submitLabel="Save changes"
      onCancel={() => setOpen(false)}
      onSubmit={async (values) => {
        const result = await updateWebhookAction(id, values);
        if (result.ok) {
          setOpen(false);
          setSaved(true);
          router.refresh();
        }
        return result;
      }}
    />
  );
}
