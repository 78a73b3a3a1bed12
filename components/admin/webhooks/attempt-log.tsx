// One delivery's attempts: when, the HTTP status (or none), latency and the first 1 KB of the answer, shown as plain text (React escapes it; never rendered as HTML).
'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { listWebhookAttemptsAction } from '@/lib/actions/webhooks';
import { Notice } from '@/components/ui/notice';

export type AttemptRow = { attempt: number; attemptedAt: string; statusCode: number | null; latencyMs: number; response: string };

export function AttemptLog({ endpointId, deliveryId, attempts }: { endpointId: string; deliveryId: string; attempts: number }) {
  const [rows, setRows] = useState<AttemptRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listWebhookAttemptsAction(endpointId, deliveryId).then((result) => {
      if (!live) return;
      if (result.ok) setRows(result.data);
      else setError(result.message);
    });
    return () => {
      live = false;
    };
  }, [endpointId, deliveryId, attempts]);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!rows) return <p className="text-sm text-muted">Loading attempts…</p>;
  if (rows.length === 0) return <p className="text-sm text-muted">Not attempted yet. Attempts older than 30 days are no longer kept.</p>;
  return (
    <ol className="space-y-3" aria-label="Attempts">
      {rows.map((row) => (
        <li key={row.attempt} className="rounded-md border border-line bg-surface p-3" data-attempt={row.attempt}>
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
            <span className="font-medium">Attempt {row.attempt}</span>
            <time dateTime={row.attemptedAt} title={row.attemptedAt} className="text-muted">
              {formatDateTime(row.attemptedAt)}
            </time>
            <span className={row.statusCode !== null && row.statusCode >= 200 && row.statusCode < 300 ? 'text-success' : 'text-danger'}>
              {row.statusCode === null ? 'No answer' : `HTTP ${row.statusCode}`}
            </span>
            <span className="tabular-nums text-muted">{row.latencyMs} ms</span>
          </div>
          {row.response ? (
            <pre
              tabIndex={0}
              aria-label={`Answer to attempt ${row.attempt}`}
              className="mt-2 max-h-48 relative overflow-auto whitespace-pre-wrap break-all rounded border border-line bg-sunken p-2 font-mono text-xs"
            >
              {row.response}
            </pre>
          ) : (
            <p className="mt-1 text-xs text-muted">Empty answer.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
