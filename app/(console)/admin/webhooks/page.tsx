import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { listWebhookEndpoints } from '@/lib/server/webhooks/list-webhook-endpoints';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { AddWebhook } from '@/components/admin/webhooks/add-webhook';
import { WebhooksTable } from '@/components/admin/webhooks/webhooks-table';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  const endpoints = await listWebhookEndpoints({ actor });
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Webhooks">
        Endpoints that receive Cardinal&apos;s events as they happen, signed so receivers can trust them. A failed delivery is retried seven times over about 28
        hours.
      </PageHeader>
      <AdminTabs current="/admin/webhooks" />
      <AddWebhook />
      <WebhooksTable
        endpoints={endpoints.map((endpoint) => ({
          id: endpoint.id,
          url: endpoint.url,
          description: endpoint.description,
          eventTypes: endpoint.eventTypes,
          enabled: endpoint.enabled,
          disabledReason: endpoint.disabledReason,
          lastDelivery: endpoint.lastDelivery
            ? { status: endpoint.lastDelivery.status, statusCode: endpoint.lastDelivery.statusCode, at: endpoint.lastDelivery.attemptedAt.toISOString() }
            : null,
        }))}
      />
    </section>
  );
}
