// Pick any two versions to compare: a plain GET form to the diff page, so it works before (and without) any script.
import { buttonClass } from '@/components/ui/button';

const SELECT = 'rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30';

export function CompareForm({ cardName, latest, from, to }: { cardName: string; latest: number; from: number; to: number }) {
  const numbers = Array.from({ length: latest }, (_, index) => latest - index);
  return (
    <form action={`/model-cards/${cardName}/diff`} method="get" aria-label="Compare two versions" className="flex flex-wrap items-end gap-3">
      <VersionSelect id="compare-from" name="from" label="From (older)" value={from} numbers={numbers} latest={latest} />
      <VersionSelect id="compare-to" name="to" label="To (newer)" value={to} numbers={numbers} latest={latest} />
      <button type="submit" className={buttonClass('secondary')}>
        Compare
      </button>
    </form>
  );
}

function VersionSelect({
  id,
  name,
  label,
  value,
  numbers,
  latest,
}: {
  id: string;
  name: string;
  label: string;
  value: number;
  numbers: number[];
  latest: number;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={SELECT}>
        {numbers.map((number) => (
          <option key={number} value={number}>
            Version {number}
            {number === latest ? ' (latest)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
