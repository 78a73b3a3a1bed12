import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import type { TExportJobView } from '@/lib/schemas/export-job-view';
import { ExportStatusBadge } from './export-status-badge';

const TH = 'px-3 py-2.5 font-medium first:pl-4 last:pr-4';
const TD = 'px-3 py-2.5 align-top first:pl-4 last:pr-4';

function formatSize(bytes: number | null): string {
  if (bytes === null) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Outcome({ job }: { job: TExportJobView }) {
  if (job.status === 'Completed' && job.downloadUrl) {
    return (
      <div className="space-y-0.5">
        <a href={job.downloadUrl} download className="font-medium text-accent underline-offset-2 hover:underline">
          Download<span className="sr-only"> {job.jobName}</span>
        </a>
        <span className="ml-2 text-xs text-muted">{formatSize(job.pdfSize)}</span>
        <div className="font-mono text-xs text-muted" title={job.pdfSha256 ?? undefined}>
          SHA-256 {job.pdfSha256?.slice(0, 16)}…
        </div>
      </div>
    );
  }
  if (job.status === 'Failed') return <p className="max-w-72 text-xs text-danger">{job.failureReason}</p>;
  return <span className="text-xs text-muted">{job.rendering ? 'Rendering…' : 'Waiting for a worker…'}</span>;
}

export function ExportsTable({ jobs }: { jobs: TExportJobView[] }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Export jobs, newest first</caption>
        <thead className="border-b border-line bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className={TH}>
              Job
            </th>
            <th scope="col" className={TH}>
              Card and version
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={`${TH} hidden lg:table-cell`}>
              Requested
            </th>
            <th scope="col" className={TH}>
              PDF
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {jobs.map((job) => (
            <tr key={job.id} data-export-job={job.jobName} className="hover:bg-sunken/50">
              <td className={`${TD} max-w-64 break-all font-mono text-xs`}>{job.jobName}</td>
              <td className={`${TD} max-w-64`}>
                <Link
                  href={`/model-cards/${encodeURIComponent(job.cardName)}`}
                  className="break-all font-medium underline-offset-2 hover:text-accent hover:underline"
                >
                  {job.cardName}
                </Link>
                <span className="ml-1 text-muted">v{job.version}</span>
                <div className="font-mono text-xs text-muted" title={job.contentHash}>
                  content {job.contentHash.slice(0, 12)}
                </div>
              </td>
              <td className={TD}>
                <ExportStatusBadge status={job.status} rendering={job.rendering} />
              </td>
              <td className={`${TD} hidden lg:table-cell`}>
                <div>{job.requestedBy}</div>
                <div className="text-xs text-muted">{formatDateTime(job.createdAt)}</div>
              </td>
              <td className={TD}>
                <Outcome job={job} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
