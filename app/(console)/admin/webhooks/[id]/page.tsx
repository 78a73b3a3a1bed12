import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { getWebhookEndpoint } from '@/lib/server/webhooks/get-webhook-endpoint';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';
import { EVENT_TYPES } from '@/lib/schemas/webhook';
import type { TEventType } from '@/lib/schemas/webhook';
import { formatDateTime } from '@/lib/format';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { Notice } from '@/components/ui/notice';
import { buttonClass } from '@/components/ui/button';
import { RefreshWhileRunning } from '@/components/exports/refresh-while-running';
import { WebhookStatusBadge } from '@/components/admin/webhooks/webhook-status';
import { EndpointActions } from '@/components/admin/webhooks/endpoint-actions';
import { EditWebhook } from '@/components/admin/webhooks/edit-webhook';
import { SendTestButton } from '@/components/admin/webhooks/send-test-button';
import { DeliveryLog } from '@/components/admin/webhooks/delivery-log';
import { RetryFailedForm } from '@/components/admin/webhooks/retry-failed-form';

export const metadata = { title: 'Webhook endpoint' };

async function readEndpoint(actor: Parameters<typeof getWebhookEndpoint>[0]['actor'], id: string) {
  try {
    return await getWebhookEndpoint({ actor, id });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

function Time({ value }: { value: Date }) {
  return (
    <time dateTime={value.toISOString()} title={value.toISOString()}>
      {formatDateTime(value)}
    </time>
  );
}

export default async function WebhookEndpointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> }) {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  const { id } = await params;
  const { before } = await searchParams;
  const endpoint = await readEndpoint(actor, id);
  const page = await listWebhookDeliveries({ actor, endpointId: id, cursor: before || undefined });
  const rotating = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? endpoint.previousSecretExpiresAt : null;
  const deliveries = page.items.map((delivery) => ({
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: delivery.lastStatusCode,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  }));
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/webhooks" className="text-muted underline-offset-2 hover:text-fg hover:underline">
            ← Webhooks
          </Link>
        </p>
        <h1 id="page-title" className="mt-1 break-all font-mono text-xl font-semibold tracking-tight">
          {endpoint.url}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
          <WebhookStatusBadge enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />
          <span>{endpoint.description || 'No description'}</span>
          <span aria-hidden="true">·</span>
          <span>
            {endpoint.eventTypes.length === 0 ? (
              'Every event type'
            ) : endpoint.eventTypes.length <= 3 ? (
              <span className="font-mono text-[13px]">{endpoint.eventTypes.join(', ')}</span>
            ) : (
              `${endpoint.eventTypes.length} event types`
            )}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            {endpoint.pendingDeliveries} pending, {endpoint.failedDeliveries} given up
          </span>
        </div>
      </div>
      <AdminTabs current="/admin/webhooks" />
      {!endpoint.enabled && endpoint.disabledReason ? (
        <Notice tone="error">
          <strong className="font-semibold">Cardinal disabled this endpoint:</strong> {endpoint.disabledReason} Fix the receiver, enable the endpoint, then use
          Retry failed deliveries to send what it missed.
        </Notice>
      ) : null}
      {endpoint.enabled && endpoint.failingSince ? (
        <Notice tone="warning">
          Every attempt since <Time value={endpoint.failingSince} /> has failed. Cardinal disables an endpoint that fails everything for 5 days.
        </Notice>
      ) : null}
      {rotating ? (
        <Notice tone="info">
          The previous signing secret also signs deliveries until <Time value={rotating} />.
        </Notice>
      ) : null}
      <EndpointActions
        id={endpoint.id}
        url={endpoint.url}
        enabled={endpoint.enabled}
        extra={<SendTestButton endpointId={endpoint.id} enabled={endpoint.enabled} />}
      />
      <EditWebhook
        id={endpoint.id}
        initial={{
          url: endpoint.url,
          description: endpoint.description,
          eventTypes: endpoint.eventTypes.filter((type): type is TEventType => (EVENT_TYPES as readonly string[]).includes(type)),
          enabled: endpoint.enabled,
        }}
      />
      <section aria-labelledby="deliveries-title" className="space-y-3">
        <div>
          <h2 id="deliveries-title" className="text-lg font-semibold">
            Delivery log
          </h2>
          <p className="mt-0.5 text-sm text-muted">
            Newest first. Failed attempts are retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; attempts are kept 30 days. Open a delivery to see its
            attempts.
          </p>
        </div>
        <RetryFailedForm endpointId={endpoint.id} failed={endpoint.failedDeliveries} />
        <DeliveryLog endpointId={endpoint.id} endpointEnabled={endpoint.enabled} deliveries={deliveries} />
        <RefreshWhileRunning running={deliveries.some((delivery) => delivery.status === 'Pending')} />
        {page.nextCursor || before ? (
          <nav aria-label="Delivery log pages" className="flex gap-2">
            {before ? (
              <Link href={`/admin/webhooks/${endpoint.id}`} className={buttonClass('secondary')}>
                Newest deliveries
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={`/admin/webhooks/${endpoint.id}?before=${encodeURIComponent(page.nextCursor)}`} className={buttonClass('secondary')}>
                Older deliveries
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </section>
  );
}
