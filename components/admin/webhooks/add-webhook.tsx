// "Add endpoint": the form, then the signing secret shown once; closing that dialog opens the new endpoint's page.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createWebhookAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { WebhookForm, EMPTY_WEBHOOK } from './webhook-form';
import { NewSecretDialog } from './new-secret-dialog';
import type { NewSecret } from './new-secret-dialog';

export function AddWebhook({ startOpen = false }: { startOpen?: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(startOpen);
  const [created, setCreated] = useState<(NewSecret & { id: string }) | null>(null);

  return (
    <div>
      {open ? (
        <WebhookForm
          title="Add endpoint"
          initial={EMPTY_WEBHOOK}
          submitLabel="Add endpoint"
          onCancel={() => setOpen(false)}
          onSubmit={async (values) => {
            const result = await createWebhookAction(values);
            if (result.ok) {
              setOpen(false);
              setCreated({ id: result.data.id, secret: result.data.secret, rotated: false });
            }
            return result;
          }}
        />
      ) : (
        <Button onClick={() => setOpen(true)}>Add endpoint</Button>
      )}
      <NewSecretDialog
        created={created}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) router.push(`/admin/webhooks/${id}`);
        }}
      />
    </div>
  );
}
