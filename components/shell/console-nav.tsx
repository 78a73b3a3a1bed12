'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ReviewCountBadge } from './review-count-badge';
import { useDisclosure } from './use-disclosure';
import type { TRole } from '@/lib/schemas/user';

/** `for`: the roles that see the link (the pages refuse everyone else too); without it, everyone. */
const LINKS: { href: string; label: string; for?: TRole[] }[] = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/model-cards', label: 'Model cards' },
  { href: '/registry', label: 'Models' },
  { href: '/reviews', label: 'Reviews' },
  { href: '/exports', label: 'Exports' },
  { href: '/audit', label: 'Audit trail', for: ['admin', 'auditor'] },
  { href: '/admin/users', label: 'Admin', for: ['admin'] },
];

const linkTone = (active: boolean) => (active ? 'bg-sunken text-fg' : 'text-muted hover:bg-sunken hover:text-fg');

/**
 * The main navigation: a bar in the header from the md breakpoint; below it (a phone), a Menu button that opens the same links as a
 * list under the header. Only one of the two is displayed, so assistive technology finds one "Main" navigation either way.
 * `reviewCount` is the reviewer's queue length (null for people who do not review) as the server rendered it; the badge keeps it fresh.
 */
export function ConsoleNav({ roles, reviewCount }: { roles: readonly TRole[]; reviewCount: number | null }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => !link.for || link.for.some((role) => roles.includes(role))).map((link) => ({
    ...link,
    active: pathname === link.href || pathname.startsWith(link.href.replace(/\/users$/, '') + '/') || pathname.startsWith(link.href + '/'),
    badge: link.href === '/reviews' && reviewCount !== null ? <ReviewCountBadge initial={reviewCount} /> : null,
  }));
  return (
    <>
      <nav aria-label="Main" className="relative hidden min-w-0 items-center gap-1 overflow-x-auto md:flex">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link.active ? 'page' : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${linkTone(link.active)}`}
          >
            {link.label}
            {link.badge}
          </Link>
        ))}
      </nav>
      <MenuNav links={links} current={links.find((link) => link.active)?.label} />
    </>
  );
}

function MenuNav({ links, current }: { links: { href: string; label: string; active: boolean; badge: React.ReactNode }[]; current?: string }) {
  const { open, setOpen, root, button } = useDisclosure();

  return (
    <div ref={root} className="min-w-0 md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((was) => !was)}
        className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-sunken"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 shrink-0 text-muted" fill="none" stroke="currentColor" strokeWidth="1.75">
          {open ? <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" /> : <path d="M3 6h14M3 10h14M3 14h14" strokeLinecap="round" />}
        </svg>
        <span>Menu</span>
        {current ? <span className="truncate text-muted">· {current}</span> : null}
      </button>
      {open ? (
        <nav id="main-menu" aria-label="Main" className="absolute inset-x-0 top-full border-b border-line bg-surface px-4 pb-3 pt-2 shadow-lg">
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={link.active ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                  className={`flex items-center rounded-md px-3 py-2.5 text-sm font-medium ${linkTone(link.active)}`}
                >
                  {link.label}
                  {link.badge}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
