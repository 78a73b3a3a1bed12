import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { TabStrip } from '@/components/ui/tab-strip';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';

export const TH = 'px-3 py-2.5 font-medium first:pl-4 last:pr-4';
export const TD = 'px-3 py-2.5 align-top first:pl-4 last:pr-4';
export const LINK = 'break-all font-medium text-fg underline-offset-2 hover:text-accent hover:underline';

const TABS = [
  { href: '/registry', label: 'Package groups' },
  { href: '/registry/models', label: 'Models' },
  { href: '/registry/training-jobs', label: 'Training jobs' },
];

/** The registry's title and its three lists. */
export function RegistryHeader({ current, description }: { current: string; description: string }) {
  return (
    <header className="space-y-3">
      <PageHeader title="Models">{description}</PageHeader>
      <TabStrip label="Registry" tabs={TABS} current={current} />
    </header>
  );
}

/** Search by name as a plain GET form, so the filter lives in the URL and works without JavaScript. */
export function NameSearch({ action, q, label, hidden }: { action: string; q: string; label: string; hidden?: Record<string, string> }) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1 space-y-1.5 sm:max-w-sm">
        <label htmlFor="registry-search" className="block text-sm font-medium">
          {label}
        </label>
        <input id="registry-search" name="q" type="search" defaultValue={q} autoComplete="off" className={inputClass} />
      </div>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClass('secondary')}>
        Search
      </button>
      {q ? (
        <Link href={action} className={buttonClass('ghost')}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}

/** Keyset pages: back to the first page, or on to the next. */
export function RegistryPager({ firstHref, nextHref, onFirstPage }: { firstHref: string; nextHref: string | null; onFirstPage: boolean }) {
  if (onFirstPage && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="flex justify-end gap-2">
      {!onFirstPage ? (
        <Link href={firstHref} className={buttonClass('secondary')}>
          First page
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={buttonClass('secondary')}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}

export function TableFrame({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}

export function hrefWith(path: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A registry list's body, shared by its pages: the URL's problem, the empty state, the table with its column headings, and keyset pages
 * that keep the list's filters (`path` and `params`).
 */
export function RegistryList({
  caption,
  columns,
  count,
  error,
  empty,
  pager,
  children,
}: {
  caption: string;
  columns: (string | { label: string; className: string })[];
  count: number;
  error?: string | null;
  empty: ReactNode;
  pager: { path: string; params?: Record<string, string | null | undefined>; cursor: string | null | undefined; nextCursor: string | null };
  children: ReactNode;
}) {
  const { path, params = {}, cursor, nextCursor } = pager;
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {count === 0 && !error ? empty : null}
      {count > 0 ? (
        <TableFrame
          caption={caption}
          head={columns.map((column) => {
            const { label, className } = typeof column === 'string' ? { label: column, className: '' } : column;
            return (
              <th key={label} scope="col" className={`${TH} ${className}`.trim()}>
                {label}
              </th>
            );
          })}
        >
          {children}
        </TableFrame>
      ) : null}
      <RegistryPager
        onFirstPage={!cursor}
        firstHref={hrefWith(path, params)}
        nextHref={nextCursor ? hrefWith(path, { ...params, cursor: nextCursor }) : null}
      />
    </>
  );
}

/** A list's empty state: what is missing and how to add it, or that the search matched nothing. */
export function EmptyList({ children }: { children: ReactNode }) {
  return <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center text-sm text-muted">{children}</div>;
}

/** Who registered a row and when, as the registry's tables show it. */
export function RegisteredCell({ by, at }: { by: string; at: Date }) {
  return (
    <td className={`${TD} whitespace-nowrap`}>
      {by}
      <div className="text-xs text-muted">
        <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>
      </div>
    </td>
  );
}
