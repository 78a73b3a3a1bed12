// A filter's select in a GET form (the dashboard, the registry): its label above, "Any" first, the value from the URL.
import { inputClass } from '@/components/ui/field';

export function FilterSelect({
  form,
  name,
  label,
  value,
  options,
}: {
  /** Prefixes the element id, so two forms on one page never share one. */
  form: string;
  name: string;
  label: string;
  value: string | null | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="w-44">
      <label htmlFor={`${form}-${name}`} className="mb-1 block text-xs font-medium text-muted">
        {label}
      </label>
      <select id={`${form}-${name}`} name={name} defaultValue={value ?? ''} autoComplete="off" className={`${inputClass} h-10 pr-8`}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
