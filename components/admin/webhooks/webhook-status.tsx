// An endpoint's state in words: enabled, disabled by an admin, or disabled by Cardinal with the reason; and how its last delivery went.
import { formatDateTime } from '@/lib/format';

export type WebhookStatusProps = { enabled: boolean; disabledReason: string | null };

export function WebhookStatusBadge({ enabled, disabledReason }: WebhookStatusProps) {
  return (
    <span
      className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${enabled ? 'bg-success-soft text-success' : 'bg-danger-soft text-danger'}`}
    >
      {enabled ? 'Enabled' : disabledReason ? 'Disabled by Cardinal' : 'Disabled'}
    </span>
  );
}

export type LastDelivery = { status: string; statusCode: number | null; at: string } | null;

const DELIVERY_TONES: Record<string, string> = {
  Succeeded: 'text-success',
  Failed: 'text-danger',
  Pending: 'text-muted',
};

export function DeliveryStatusText({ status, statusCode }: { status: string; statusCode: number | null }) {
  return (
    <span className={`font-medium ${DELIVERY_TONES[status] ?? 'text-fg'}`}>
      {status}
      {statusCode !== null ? <span className="font-normal text-muted"> · HTTP {statusCode}</span> : null}
    </span>
  );
}

export function LastDeliveryText({ last }: { last: LastDelivery }) {
  if (!last) return <span className="text-muted">Nothing sent yet</span>;
  return (
    <span>
      <DeliveryStatusText status={last.status} statusCode={last.statusCode} />
      <span className="block text-xs text-muted">
        <time dateTime={last.at} title={last.at}>
          {formatDateTime(last.at)}
        </time>
      </span>
    </span>
  );
}
