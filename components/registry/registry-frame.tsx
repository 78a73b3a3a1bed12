import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

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
      <div>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Models
        </h1>
        <p className="mt-1 text-sm text-muted">{description}</p>
      </div>
      <nav aria-label="Registry" className="flex gap-1 border-b border-line">
        {TABS.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={tab.href === current ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab.href === current ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
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
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
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
