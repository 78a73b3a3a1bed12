import type { TExportJobStatus } from '@/lib/schemas/export-job-status';

const TONES: Record<TExportJobStatus, string> = {
  InProgress: 'bg-warning-soft text-warning',
  Completed: 'bg-success-soft text-success',
  Failed: 'bg-danger-soft text-danger',
};

/** InProgress reads "Queued" until a worker holds the job, then "Rendering". */
export function ExportStatusBadge({ status, rendering }: { status: TExportJobStatus; rendering: boolean }) {
  const label = status === 'InProgress' ? (rendering ? 'Rendering' : 'Queued') : status;
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{label}</span>;
}
