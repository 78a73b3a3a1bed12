// A row of page tabs under a heading (Admin, the registry): links, with the current page marked for assistive technology and by an underline.
import Link from 'next/link';

export function TabStrip({ label, tabs, current }: { label: string; tabs: readonly { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="flex gap-1 border-b border-line">
      {tabs.map((tab) => (
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
