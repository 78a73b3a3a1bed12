'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/model-cards', label: 'Model cards' },
  { href: '/reviews', label: 'Reviews' },
  { href: '/exports', label: 'Exports' },
  { href: '/admin/users', label: 'Admin', adminOnly: true },
];

export function ConsoleNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-1 overflow-x-auto">
      {LINKS.filter((link) => !link.adminOnly || isAdmin).map((link) => {
        const active = pathname === link.href || pathname.startsWith(link.href.replace(/\/users$/, '') + '/') || pathname.startsWith(link.href + '/');
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-sunken text-fg' : 'text-muted hover:bg-sunken hover:text-fg'}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
