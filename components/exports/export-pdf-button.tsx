'use client';

import { useState, useTransition } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { startExportAction } from '@/lib/actions/exports';
import { exportKeys } from '@/lib/query-keys';
import { versionPdfPath } from '@/lib/schemas/export-job-view';
import type { TExportJobView } from '@/lib/schemas/export-job-view';
import { ExportStatusBadge } from './export-status-badge';
import { QueryProvider } from '@/components/providers/query-provider';

async function fetchJob(id: string): Promise<TExportJobView> {
  const response = await fetch(`/api/v1/export-jobs/${encodeURIComponent(id)}`, { cache: 'no-store' });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `The export job could not be read (HTTP ${response.status}).`);
  return body as TExportJobView;
}

/** Starts a durable export job for the version shown, follows it until the PDF is stored, then offers the download and its SHA-256. */
export function ExportPdfButton(props: { cardName: string; version: number }) {
  return (
    <QueryProvider>
      <ExportPdf {...props} />
    </QueryProvider>
  );
}

function ExportPdf({ cardName, version }: { cardName: string; version: number }) {
  const [started, setStarted] = useState<TExportJobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { data, error: pollError } = useQuery({
    queryKey: exportKeys.job(started?.id ?? 'none'),
    queryFn: () => fetchJob(started!.id),
    enabled: started !== null,
    initialData: started ?? undefined,
    refetchInterval: (query) => (query.state.data?.status === 'InProgress' ? 1000 : false),
  });
  const job = started ? (data ?? started) : null;

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await startExportAction(cardName, version);
      if (result.ok) setStarted(result.data);
      else setError(result.message);
    });

  return (
    <div className="space-y-3" data-export-card={cardName} data-export-version={version}>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={start} disabled={pending || job?.status === 'InProgress'}>
          {pending ? 'Starting export…' : job ? 'Export again' : 'Export PDF'}
        </Button>
        <a href={versionPdfPath(cardName, version)} target="_blank" rel="noopener" className={buttonClass('ghost')}>
          View PDF<span className="sr-only"> of version {version} (opens in a new tab)</span>
        </a>
      </div>
      {error ? <Notice tone="error">{`The export could not start: ${error}`}</Notice> : null}
      {job ? (
        <div role="status" aria-live="polite" className="space-y-2 rounded-md border border-line bg-surface px-3.5 py-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <ExportStatusBadge status={job.status} rendering={job.rendering} />
            <span>
              {job.status === 'InProgress'
                ? `Export ${job.jobName}: ${job.rendering ? 'rendering the PDF' : 'waiting for a worker'}…`
                : job.status === 'Completed'
                  ? `Export ${job.jobName} is ready.`
                  : `Export ${job.jobName} failed.`}
            </span>
          </p>
          {job.status === 'Completed' && job.downloadUrl ? (
            <div className="space-y-1">
              <a href={job.downloadUrl} download className={buttonClass('primary')}>
                Download PDF
                <span className="sr-only">
                  {' '}
                  of {cardName} version {version}
                </span>
              </a>
              <p className="text-xs text-muted">
                SHA-256 of the file: <code className="break-all font-mono text-fg">{job.pdfSha256}</code>
              </p>
            </div>
          ) : null}
          {job.status === 'Failed' ? <Notice tone="error">{job.failureReason ?? 'No reason was recorded.'}</Notice> : null}
          {pollError ? <Notice tone="warning">{`Progress could not be read: ${(pollError as Error).message}. It will be retried.`}</Notice> : null}
        </div>
      ) : null}
    </div>
  );
}
