import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { EXPORT_JOB_STATUSES } from '@/lib/schemas/export-job-status';

const STATUS_LABELS = { InProgress: 'In progress', Completed: 'Completed', Failed: 'Failed' } as const;

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and works without JavaScript. */
export function ExportsFilters({ card, status }: { card: string; status: string }) {
  return (
    <form method="get" action="/exports" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter export jobs">
      <div className="flex flex-col gap-1">
        <label htmlFor="exports-card" className="text-sm font-medium">
          Card name
        </label>
        <input id="exports-card" name="card" defaultValue={card} placeholder="e.g. churn-model" autoComplete="off" className={`${inputClass} w-64`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="exports-status" className="text-sm font-medium">
          Status
        </label>
        <select id="exports-status" name="status" defaultValue={status} className={`${inputClass} w-44`}>
          <option value="">Any status</option>
          {EXPORT_JOB_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass('secondary')}>
        Apply filters
      </button>
      {card || status ? (
        <Link href="/exports" className={buttonClass('ghost')}>
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
