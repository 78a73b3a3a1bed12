// Every webhook endpoint with where it sends, what, whether it is on (and why not) and how its last delivery went; each row opens the endpoint's page.
import Link from 'next/link';
import { WebhookStatusBadge, LastDeliveryText } from './webhook-status';
import type { LastDelivery } from './webhook-status';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';

export type WebhookRow = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  lastDelivery: LastDelivery;
};

function EventFilter({ types }: { types: string[] }) {
  if (types.length === 0) return <span className="text-muted">Every event type</span>;
  const shown = types.slice(0, 3);
  return (
    <span className="font-mono text-[12px] leading-5" title={types.join(', ')}>
      {shown.join(', ')}
      {types.length > shown.length ? <span className="font-sans text-xs text-muted"> and {types.length - shown.length} more</span> : null}
    </span>
  );
}

export function WebhooksTable({ endpoints }: { endpoints: WebhookRow[] }) {
  if (endpoints.length === 0) {
    return (
      <EmptyState title="No webhook endpoints yet">
        Add an endpoint above to have Cardinal POST signed events to it when cards are saved, reviewed and approved, exports finish or packages change. Programs
        can also poll <span className="font-mono text-fg">GET /api/v1/events</span> instead.
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="Webhook endpoints"
      columns={[{ label: 'Endpoint' }, { label: 'Events', className: 'hidden lg:table-cell' }, { label: 'Status' }, { label: 'Last delivery' }]}
    >
      {endpoints.map((endpoint) => (
        <tr key={endpoint.id} data-webhook-url={endpoint.url} className={endpoint.enabled ? '' : 'text-muted'}>
          <td className="max-w-md px-4 py-3">
            <Link href={`/admin/webhooks/${endpoint.id}`} className="break-all font-mono text-[13px] font-medium text-fg underline-offset-2 hover:underline">
              {endpoint.url}
            </Link>
            {endpoint.description ? <div className="mt-0.5 text-xs text-muted">{endpoint.description}</div> : null}
          </td>
          <td className="hidden max-w-xs px-4 py-3 lg:table-cell">
            <EventFilter types={endpoint.eventTypes} />
          </td>
          <td className="px-4 py-3">
            <WebhookStatusBadge enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />
            {!endpoint.enabled && endpoint.disabledReason ? <div className="mt-1 max-w-56 text-xs text-muted">{endpoint.disabledReason}</div> : null}
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            <LastDeliveryText last={endpoint.lastDelivery} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
