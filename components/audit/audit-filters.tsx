import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { AUDIT_TARGET_TYPES, auditTrailSearch } from '@/lib/schemas/audit-trail-query';

export type TAuditFilterValues = { target: string; person: string; kind: string; from: string; to: string };

const FIELDS = [
  { name: 'target', label: 'Target name', placeholder: 'e.g. churn-model', width: 'w-56' },
  { name: 'person', label: 'Person (email)', placeholder: 'e.g. priya@example.com', width: 'w-60' },
] as const;

/** A plain GET form: the filters live in the URL, so an auditor can bookmark or send a filtered trail, and it works without JavaScript. */
export function AuditFilters({ values }: { values: TAuditFilterValues }) {
  const filtered = Object.values(values).some(Boolean);
  return (
    <form method="get" action="/audit" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit trail">
      {FIELDS.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
          <label htmlFor={`audit-${field.name}`} className="text-sm font-medium">
            {field.label}
          </label>
          <input
            id={`audit-${field.name}`}
            name={field.name}
            defaultValue={values[field.name]}
            placeholder={field.placeholder}
            autoComplete="off"
            className={`${inputClass} ${field.width}`}
          />
        </div>
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-kind" className="text-sm font-medium">
          Kind
        </label>
        <select id="audit-kind" name="kind" defaultValue={values.kind} className={`${inputClass} w-44`}>
          <option value="">Anything</option>
          {Object.entries(AUDIT_TARGET_TYPES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((edge) => (
        <div key={edge} className="flex flex-col gap-1">
          <label htmlFor={`audit-${edge}`} className="text-sm font-medium">
            {edge === 'from' ? 'From (UTC)' : 'To (UTC)'}
          </label>
          <input id={`audit-${edge}`} name={edge} type="date" defaultValue={values[edge]} className={`${inputClass} w-40`} />
        </div>
      ))}
      <button type="submit" className={buttonClass('secondary')}>
        Apply filters
      </button>
      {filtered ? (
        <Link href="/audit" className={buttonClass('ghost')}>
          Clear filters
        </Link>
      ) : null}
      {/* The events these filters select, every page, with what each hash covers (README: Audit trail). */}
      <a href={`/api/v1/audit-events.csv?${auditTrailSearch(values)}`} download className={buttonClass('secondary', 'ml-auto')}>
        Export CSV
      </a>
    </form>
  );
}
