// The package groups' search and filters as a plain GET form: name, and the latest version's approval, card status and risk; the URL holds the view and it works from the keyboard without script.
import Link from 'next/link';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import { MODEL_APPROVAL_STATUSES } from '@/lib/schemas/registry';
import type { RegistryGroupsQuery } from '@/lib/server/screens/registry-screen';
import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import { inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { buttonClass } from '@/components/ui/button';
import { approvalLabel } from './registry-badges';

const labelClass = 'mb-1 block text-xs font-medium text-muted';

export function GroupFilters({ query }: { query: RegistryGroupsQuery }) {
  const filtered = Boolean(query.q || query.approval || query.cardStatus || query.risk);
  return (
    <form action="/registry" method="get" role="search" aria-label="Filter package groups" className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1 sm:max-w-xs">
        <label htmlFor="registry-search" className={labelClass}>
          Search groups by name
        </label>
        <input id="registry-search" name="q" type="search" defaultValue={query.q} autoComplete="off" spellCheck={false} className={`${inputClass} h-10`} />
      </div>
      <FilterSelect
        form="registry"
        name="approval"
        label="Latest version’s approval"
        value={query.approval}
        options={MODEL_APPROVAL_STATUSES.map((status) => ({ value: status, label: approvalLabel(status) }))}
      />
      <FilterSelect
        form="registry"
        name="cardStatus"
        label="Its card’s status"
        value={query.cardStatus}
        options={[...CARD_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })), { value: 'none', label: 'No card' }]}
      />
      <FilterSelect
        form="registry"
        name="risk"
        label="Its card’s risk"
        value={query.risk}
        options={RISK_RATINGS.map((risk) => ({ value: risk, label: risk }))}
      />
      {query.sort === 'name' ? <input type="hidden" name="sort" value="name" /> : null}
      <button type="submit" className={buttonClass('secondary', 'h-10')}>
        Search
      </button>
      {filtered ? (
        <Link href={query.sort === 'name' ? '/registry?sort=name' : '/registry'} className={buttonClass('ghost', 'h-10')}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
