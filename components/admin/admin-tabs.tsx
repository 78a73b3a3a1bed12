import Link from 'next/link';

const TABS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/audit', label: 'Audit trail' },
  { href: '/admin/review-policy', label: 'Review policy' },
  { href: '/admin/webhooks', label: 'Webhooks' },
] as const;

export function AdminTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  return (
    <nav aria-label="Admin" className="flex gap-1 border-b border-line">
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
  );
}
