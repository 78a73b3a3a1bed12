// The endpoint's delivery log, newest first: event type, status, attempts, next attempt, last status code; a row expands to its attempts, and any delivery can be sent again.
'use client';

import { Fragment, useState } from 'react';
import { useRouter } from 'next/navigation';
import { formatDateTime } from '@/lib/format';
import { resendWebhookAction } from '@/lib/actions/webhooks';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { DeliveryStatusText } from './webhook-status';
import { AttemptLog } from './attempt-log';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';

export type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastAttemptAt: string | null;
  createdAt: string;
};

function Time({ value }: { value: string }) {
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value)}
    </time>
  );
}

/** A pending delivery's next attempt; to a disabled endpoint nothing is sent, so it says it is held instead of a time that will pass. */
export function NextAttempt({ delivery, endpointEnabled }: { delivery: Pick<DeliveryRow, 'status' | 'nextAttemptAt'>; endpointEnabled: boolean }) {
  if (delivery.status !== 'Pending' || !delivery.nextAttemptAt) return <>—</>;
  if (!endpointEnabled) return <span title="Nothing is sent to a disabled endpoint; enabling it sends what is held, in order.">Held: endpoint disabled</span>;
  return <Time value={delivery.nextAttemptAt} />;
}

export function DeliveryLog({ endpointId, endpointEnabled, deliveries }: { endpointId: string; endpointEnabled: boolean; deliveries: DeliveryRow[] }) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function resend(delivery: DeliveryRow) {
    setBusy(delivery.id);
    const result = await resendWebhookAction(endpointId, delivery.eventId);
    setBusy(null);
    setMessage(
      result.ok
        ? {
            tone: 'success',
            text: `${delivery.eventType} is queued to be sent again, with the same webhook-id (${delivery.eventId}), as a new delivery at the top of the log.`,
          }
        : { tone: 'error', text: result.message },
    );
    if (result.ok) router.refresh();
  }

  if (deliveries.length === 0) {
    return (
      <EmptyState title="No deliveries yet" level={3}>
        Events this endpoint subscribes to appear here as they are sent. Use Send test event to check that your receiver answers with a 2xx.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      <DataTable
        caption="Deliveries to this endpoint, newest first"
        columns={[
          { label: 'Event' },
          { label: 'Status' },
          { label: 'Attempts', className: 'text-right' },
          { label: 'Next attempt', className: 'hidden md:table-cell' },
          { label: 'Actions', className: 'text-right' },
        ]}
      >
        {deliveries.map((delivery) => {
          const expanded = open === delivery.id;
          return (
            <Fragment key={delivery.id}>
              <tr data-delivery-id={delivery.id} data-event-type={delivery.eventType}>
                <td className="px-4 py-3">
                  <button
                    type="button"
                    aria-expanded={expanded}
                    aria-controls={`attempts-${delivery.id}`}
                    onClick={() => setOpen(expanded ? null : delivery.id)}
                    className="flex items-start gap-2 text-left"
                  >
                    <span aria-hidden="true" className={`mt-0.5 inline-block text-muted transition-transform ${expanded ? 'rotate-90' : ''}`}>
                      ▸
                    </span>
                    <span>
                      <span className="font-mono text-[13px] font-medium">{delivery.eventType}</span>
                      <span className="block text-xs text-muted">
                        <Time value={delivery.createdAt} />
                      </span>
                      <span className="sr-only">{expanded ? 'Hide attempts' : 'Show attempts'}</span>
                    </span>
                  </button>
                </td>
                <td className="whitespace-nowrap px-4 py-3">
                  <DeliveryStatusText status={delivery.status} statusCode={delivery.lastStatusCode} />
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{delivery.attempts}</td>
                <td className="hidden whitespace-nowrap px-4 py-3 text-muted md:table-cell">
                  <NextAttempt delivery={delivery} endpointEnabled={endpointEnabled} />
                </td>
                <td className="px-4 py-3 text-right">
                  <Button
                    variant="secondary"
                    className="px-2.5 py-1 text-xs"
                    disabled={busy === delivery.id}
                    onClick={() => resend(delivery)}
                    aria-label={`Resend ${delivery.eventType} of ${formatDateTime(delivery.createdAt)}`}
                  >
                    {busy === delivery.id ? 'Resending…' : 'Resend'}
                  </Button>
                </td>
              </tr>
              {expanded ? (
                <tr id={`attempts-${delivery.id}`}>
                  <td colSpan={5} className="bg-sunken/50 px-4 py-3">
                    <AttemptLog endpointId={endpointId} deliveryId={delivery.id} attempts={delivery.attempts} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </DataTable>
    </div>
  );
}
