// "Retry failed since …": every given-up delivery to this endpoint created since the chosen time goes back in the queue for a new round of the retry schedule.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { retryFailedWebhooksAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { inputClass } from '@/components/ui/field';

/** A datetime-local value (UTC, to the minute) for a time. */
function localValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

export function RetryFailedForm({ endpointId, failed }: { endpointId: string; failed: number }) {
  const router = useRouter();
  const [since, setSince] = useState(() => localValue(new Date(Date.now() - 24 * 3600_000)));
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await retryFailedWebhooksAction(endpointId, new Date(`${since}:00Z`).toISOString());
    setPending(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    const count = result.data.retried;
    setMessage({
      tone: 'success',
      text:
        count === 0 ? 'No delivery failed since then: nothing to retry.' : `${count} failed ${count === 1 ? 'delivery is' : 'deliveries are'} queued again.`,
    });
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-xl border border-line bg-surface p-4" aria-labelledby="retry-title">
      <div>
        <h3 id="retry-title" className="text-sm font-semibold">
          Retry failed deliveries
        </h3>
        <p className="mt-0.5 text-xs text-muted">
          {failed === 0 ? 'No delivery to this endpoint has been given up.' : `${failed} ${failed === 1 ? 'delivery has' : 'deliveries have'} been given up.`}{' '}
          Those created since the time below go back in the queue for a new round of the retry schedule, in order.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="retry-since" className="mb-1 block text-sm font-medium">
            Created since (UTC)
          </label>
          <input
            id="retry-since"
            type="datetime-local"
            required
            value={since}
            onChange={(event) => setSince(event.target.value)}
            className={`${inputClass} w-56`}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending || !since}>
          {pending ? 'Queuing…' : 'Retry failed'}
        </Button>
      </div>
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
    </form>
  );
}
