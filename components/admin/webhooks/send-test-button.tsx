// "Send test event": a test event goes to this endpoint at once, whatever its filter, and shows in the delivery log like any other.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { sendTestWebhookAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

export function SendTestButton({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function send() {
    setPending(true);
    const result = await sendTestWebhookAction(endpointId);
    setPending(false);
    setMessage(result.ok ? { tone: 'success', text: 'Test event queued: it appears in the delivery log below.' } : { tone: 'error', text: result.message });
    if (result.ok) router.refresh();
  }

  return (
    <div className="contents">
      <Button onClick={send} disabled={pending || !enabled} title={enabled ? undefined : 'Enable the endpoint to send a test event'}>
        {pending ? 'Sending…' : 'Send test event'}
      </Button>
      {message ? (
        <div aria-live="polite" className="basis-full">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
    </div>
  );
}
