'use client';

import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { TCardListQuery } from '@/lib/schemas/card-list-query';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { ViewUpdate } from './use-card-list';

export type CardOwner = { id: string; name: string };

const SEARCH_DELAY_MS = 250;
const SORTS = [
  { value: 'updatedAt:desc', label: 'Modified: newest first' },
  { value: 'updatedAt:asc', label: 'Modified: oldest first' },
  { value: 'createdAt:desc', label: 'Created: newest first' },
  { value: 'createdAt:asc', label: 'Created: oldest first' },
  { value: 'name:asc', label: 'Name: A to Z' },
  { value: 'name:desc', label: 'Name: Z to A' },
] as const;
const DATE_FIELDS = [
  { key: 'createdFrom', label: 'Created from' },
  { key: 'createdTo', label: 'Created to' },
  { key: 'modifiedFrom', label: 'Modified from' },
  { key: 'modifiedTo', label: 'Modified to' },
] as const;

const selectClass = `${inputClass} h-10 pr-8`;
// Every control says autocomplete="off": the browser then does not put back values from an older visit when Back reloads the page, which would contradict the URL.
const labelClass = 'mb-1 block text-xs font-medium text-muted';

/** Searches as the person types, once they pause; a change of the URL from elsewhere (Back, Clear filters) shows in the box. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  if (value !== shown) {
    setShown(value);
    // Our own search coming back through the URL must not overwrite what was typed since it was sent
    // (on a slow machine keystrokes were lost); only a change from elsewhere replaces the text.
    if (value !== sent && text.trim() !== value) setText(value);
  }
  const search = useEffectEvent((typed: string) => {
    setSent(typed);
    onSearch(typed);
  });
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => search(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <div className="min-w-48 flex-1">
      <label htmlFor="card-search" className={labelClass}>
        Search by name
      </label>
      <div className="relative">
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4 4" strokeLinecap="round" />
        </svg>
        <input
          id="card-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. churn"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={`${inputClass} h-10 pl-8`}
        />
      </div>
    </div>
  );
}

export function HubFilters({
  query,
  owners,
  currentUserId,
  onChange,
  onSearch,
}: {
  query: TCardListQuery;
  owners: CardOwner[];
  currentUserId: string;
  onChange: (update: ViewUpdate) => void;
  onSearch: (name: string) => void;
}) {
  const datesId = useId();
  const activeDates = DATE_FIELDS.filter((field) => query[field.key]).length;
  const [datesOpen, setDatesOpen] = useState(activeDates > 0);
  const others = owners.filter((owner) => owner.id !== currentUserId);
  const unknownOwner = query.owner && query.owner !== 'me' && !owners.some((owner) => owner.id === query.owner);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <SearchBox value={query.name ?? ''} onSearch={onSearch} />
        <div className="w-44">
          <label htmlFor="card-owner" className={labelClass}>
            Owner
          </label>
          <select
            id="card-owner"
            autoComplete="off"
            className={selectClass}
            value={query.owner ?? ''}
            onChange={(event) => {
              const owner = event.target.value || undefined;
              onChange((current) => ({ ...current, owner }));
            }}
          >
            <option value="">Anyone</option>
            <option value="me">Me</option>
            {others.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
            {unknownOwner ? <option value={query.owner}>Someone who owns no cards now</option> : null}
          </select>
        </div>
        <div className="w-56">
          <label htmlFor="card-sort" className={labelClass}>
            Sort by
          </label>
          <select
            id="card-sort"
            autoComplete="off"
            className={selectClass}
            value={`${query.sort}:${query.order}`}
            onChange={(event) => {
              const [sort, order] = event.target.value.split(':') as [TCardListQuery['sort'], TCardListQuery['order']];
              onChange((current) => ({ ...current, sort, order }));
            }}
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" className="h-10" aria-expanded={datesOpen} aria-controls={datesId} onClick={() => setDatesOpen(!datesOpen)}>
          Dates{activeDates ? ` (${activeDates})` : ''}
          <span aria-hidden className={`text-xs text-muted transition-transform ${datesOpen ? 'rotate-180' : ''}`}>
            ▾
          </span>
        </Button>
      </div>
      {datesOpen ? (
        <fieldset id={datesId} className="rounded-lg border border-line bg-surface px-4 pb-4 pt-2">
          <legend className="px-1 text-xs font-medium text-muted">Created and last modified, whole days in UTC, both ends included</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {DATE_FIELDS.map((field) => (
              <div key={field.key}>
                <label htmlFor={`card-${field.key}`} className={labelClass}>
                  {field.label}
                </label>
                <input
                  id={`card-${field.key}`}
                  type="date"
                  autoComplete="off"
                  className={inputClass}
                  value={query[field.key]?.slice(0, 10) ?? ''}
                  onChange={(event) => {
                    const day = event.target.value || undefined;
                    onChange((current) => ({ ...current, [field.key]: day }));
                  }}
                />
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
