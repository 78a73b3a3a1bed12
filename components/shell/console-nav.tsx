'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ReviewCountBadge } from './review-count-badge';
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

/** `reviewCount` is the reviewer's queue length (null for people who do not review) as the server rendered it; the badge keeps it fresh. */
export function ConsoleNav({ roles, reviewCount }: { roles: readonly TRole[]; reviewCount: number | null }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="relative flex min-w-0 items-center gap-1 overflow-x-auto">
      {LINKS.filter((link) => !link.for || link.for.some((role) => roles.includes(role))).map((link) => {
        const active = pathname === link.href || pathname.startsWith(link.href.replace(/\/users$/, '') + '/') || pathname.startsWith(link.href + '/');
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-sunken text-fg' : 'text-muted hover:bg-sunken hover:text-fg'}`}
          >
            {link.label}
            {link.href === '/reviews' && reviewCount !== null ? <ReviewCountBadge initial={reviewCount} /> : null}
          </Link>
        );
      })}
    </nav>
  );
}
