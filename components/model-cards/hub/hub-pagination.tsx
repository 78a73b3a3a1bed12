'use client';

import type { TCardListQuery } from '@/lib/schemas/card-list-query';

const PAGE_SIZES = [10, 25, 50, 100] as const;
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ViewUpdate } from './use-card-list';

/** Page-size choice and Previous / Next over keyset cursors; Previous walks back the stack of cursors kept in the URL. */
export function HubPagination({
  query,
  shown,
  total,
  nextCursor,
  onChange,
}: {
  query: TCardListQuery;
  shown: number;
  total: number | null;
  nextCursor: string | null;
  onChange: (update: ViewUpdate) => void;
}) {
  const pageIndex = query.cursor ? query.back.length + 1 : 0;
  const first = pageIndex * query.limit + 1;
  const sizes: number[] = PAGE_SIZES.includes(query.limit as (typeof PAGE_SIZES)[number])
    ? [...PAGE_SIZES]
    : [...PAGE_SIZES, query.limit].sort((a, b) => a - b);

  function previous() {
    onChange((current) =>
      current.back.length
        ? { ...current, cursor: current.back[current.back.length - 1], back: current.back.slice(0, -1) }
        : { ...current, cursor: undefined, back: [] },
    );
  }

  function next() {
    // The cursor belongs to the page on screen, so the step is taken from that page's place.
    if (nextCursor) onChange(() => ({ ...query, cursor: nextCursor, back: query.cursor ? [...query.back, query.cursor] : [] }));
  }

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor="card-page-size" className="whitespace-nowrap text-muted">
          Rows per page
        </label>
        <select
          id="card-page-size"
          autoComplete="off"
          className={`${inputClass} w-auto py-1.5 pr-8`}
          value={query.limit}
          onChange={(event) => {
            const limit = Number(event.target.value);
            onChange((current) => ({ ...current, limit, cursor: undefined, back: [] }));
          }}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <span className="tabular-nums text-muted">
          {shown > 0 ? `${first.toLocaleString('en-US')}–${(first + shown - 1).toLocaleString('en-US')}` : 'None'}
          {total !== null ? ` of ${total.toLocaleString('en-US')}` : ''} · Page {pageIndex + 1}
        </span>
        <div className="flex gap-2">
          <Button variant="secondary" className="py-1.5" onClick={previous} disabled={!query.cursor}>
            Previous
          </Button>
          <Button variant="secondary" className="py-1.5" onClick={next} disabled={!nextCursor}>
            Next
          </Button>
        </div>
      </div>
    </nav>
  );
}
