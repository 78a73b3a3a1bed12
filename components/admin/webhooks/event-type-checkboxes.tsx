// The event-type filter: checkboxes grouped by what changed; none ticked means every event type, now and added later.
'use client';

import { EVENT_TYPES } from '@/lib/schemas/webhook';
import type { TEventType } from '@/lib/schemas/webhook';
import { EVENT_TYPE_GROUPS } from './event-type-labels';

export function EventTypeCheckboxes({ value, onChange, idPrefix }: { value: TEventType[]; onChange: (types: TEventType[]) => void; idPrefix: string }) {
  const all = value.length === 0;
  return (
    <fieldset aria-describedby={`${idPrefix}-hint`}>
      <legend className="text-sm font-medium">Event types</legend>
      <p id={`${idPrefix}-hint`} className="mt-1 text-xs text-muted">
        {all ? 'No type chosen: every event is sent, including types added later.' : `${value.length} of ${EVENT_TYPES.length} types are sent.`}{' '}
        {all ? null : (
          <button type="button" className="font-medium text-accent underline-offset-2 hover:underline" onClick={() => onChange([])}>
            Send every type
          </button>
        )}
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        {EVENT_TYPE_GROUPS.map((group) => (
          <div key={group.label}>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{group.label}</h3>
            <div className="mt-1.5 space-y-1">
              {group.types.map(({ type, hint }) => (
                <label key={type} htmlFor={`${idPrefix}-${type}`} className="flex items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-sunken">
                  <input
                    id={`${idPrefix}-${type}`}
                    type="checkbox"
                    className="mt-1 accent-[var(--c-accent)]"
                    checked={value.includes(type)}
                    onChange={(event) =>
                      onChange(event.target.checked ? EVENT_TYPES.filter((t) => t === type || value.includes(t)) : value.filter((t) => t !== type))
                    }
                  />
                  <span>
                    <span className="font-mono text-[13px]">{type}</span>
                    <span className="block text-xs text-muted">{hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
