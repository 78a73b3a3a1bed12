import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { listWebhookEndpoints } from '@/lib/server/webhooks/list-webhook-endpoints';
import { EVENT_TYPES } from '@/lib/schemas/webhook';
import type { TEventType } from '@/lib/schemas/webhook';
import { formatDateTime } from '@/lib/format';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { Notice } from '@/components/ui/notice';
import { WebhookStatusBadge } from '@/components/admin/webhooks/webhook-status';
import { EndpointActions } from '@/components/admin/webhooks/endpoint-actions';
import { EditWebhook } from '@/components/admin/webhooks/edit-webhook';

export const metadata = { title: 'Webhook endpoint' };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  const { id } = await params;
  const endpoint = (await listWebhookEndpoints({ actor })).find((candidate) => candidate.id === id);
  if (!endpoint) notFound();
  const rotating = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? endpoint.previousSecretExpiresAt : null;
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
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
          <WebhookStatusBadge enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />
          <span>{endpoint.description || 'No description'}</span>
          <span aria-hidden="true">·</span>
          <span>{endpoint.eventTypes.length === 0 ? 'Every event type' : `${endpoint.eventTypes.length} event types`}</span>
        </div>
      </div>
      <AdminTabs current="/admin/webhooks" />
      {!endpoint.enabled && endpoint.disabledReason ? (
        <Notice tone="error">
          <strong className="font-semibold">Cardinal disabled this endpoint:</strong> {endpoint.disabledReason} Fix the receiver, enable the endpoint, then use
          Retry failed to send what it missed.
        </Notice>
      ) : null}
      {rotating ? (
        <Notice tone="info">
          The previous signing secret also signs deliveries until{' '}
          <time dateTime={rotating.toISOString()} title={rotating.toISOString()}>
            {formatDateTime(rotating)}
          </time>
          .
        </Notice>
      ) : null}
      <EndpointActions id={endpoint.id} url={endpoint.url} enabled={endpoint.enabled} />
      <EditWebhook
        id={endpoint.id}
        initial={{
          url: endpoint.url,
          description: endpoint.description,
          eventTypes: endpoint.eventTypes.filter((type): type is TEventType => (EVENT_TYPES as readonly string[]).includes(type)),
          enabled: endpoint.enabled,
        }}
      />
    </section>
  );
}
