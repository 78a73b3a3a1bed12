import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatTimestamp } from '@/lib/format';
import { AUDIT_TARGET_TYPES } from '@/lib/schemas/audit-trail-query';
import type { AuditEventDto } from '@/lib/server/audit/list-audit-events';

const TD = 'px-4 py-2.5 align-top';

function Target({ event }: { event: AuditEventDto }) {
  const kind = AUDIT_TARGET_TYPES[event.targetType as keyof typeof AUDIT_TARGET_TYPES] ?? event.targetType;
  return (
    <div className="space-y-0.5">
      <div className="text-xs text-muted">{kind}</div>
      {event.targetName === null ? null : event.targetType === 'model_card' ? (
        // A deleted card's link leads to the console's not-found page; its record stays here.
        <Link href={`/model-cards/${encodeURIComponent(event.targetName)}`} className="break-all font-medium text-accent underline-offset-2 hover:underline">
          {event.targetName}
        </Link>
      ) : (
        <div className="break-all font-medium">{event.targetName}</div>
      )}
    </div>
  );
}

function Version({ event }: { event: AuditEventDto }) {
  if (event.cardVersion === null && event.contentHash === null) return <span className="text-muted">—</span>;
  return (
    <div className="space-y-0.5">
      {event.cardVersion !== null ? <div>Version {event.cardVersion}</div> : null}
      {event.contentHash ? (
        <div className="font-mono text-xs text-muted" title={event.contentHash}>
          {event.contentHash.slice(0, 12)}…
        </div>
      ) : null}
    </div>
  );
}

function Details({ event }: { event: AuditEventDto }) {
  if (Object.keys(event.details).length === 0) return <span className="text-muted">—</span>;
  return (
    <details className="max-w-md">
      <summary className="cursor-pointer text-accent">
        Show<span className="sr-only"> the details of event {event.seq}</span>
      </summary>
      <pre className="mt-2 max-h-80 relative overflow-auto whitespace-pre-wrap break-all rounded-md bg-sunken p-2 font-mono text-xs">
        {JSON.stringify(event.details, null, 2)}
      </pre>
    </details>
  );
}

/** Events newest first; each names its place in the chain and its hash, which `Verify audit trail` recomputes. */
export function AuditEventsTable({ events }: { events: AuditEventDto[] }) {
  return (
    <DataTable
      caption="Audit events, newest first"
      columns={[{ label: 'Event' }, { label: 'When' }, { label: 'Who' }, { label: 'What' }, { label: 'Target' }, { label: 'Version' }, { label: 'Details' }]}
    >
      {events.map((event) => (
        <tr key={event.seq} data-audit-event={event.seq} className="hover:bg-sunken/50">
          <td className={TD}>
            <div className="tabular-nums">{event.seq.toLocaleString('en-GB')}</div>
            <div className="font-mono text-xs text-muted" title={`SHA-256 ${event.hash}`}>
              {event.hash.slice(0, 8)}…
            </div>
          </td>
          <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatTimestamp(event.at)}</td>
          <td className={`${TD} whitespace-nowrap`}>{event.actorEmail}</td>
          <td className={`${TD} whitespace-nowrap font-mono text-xs`}>{event.action}</td>
          <td className={`${TD} min-w-56`}>
            <Target event={event} />
          </td>
          <td className={TD}>
            <Version event={event} />
          </td>
          <td className={TD}>
            <Details event={event} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
