import Link from 'next/link';
import type { TRole } from '@/lib/schemas/user';
import { Logo } from './logo';
import { ConsoleNav } from './console-nav';
import { UserMenu } from './user-menu';
import { ThemeToggle } from './theme-toggle';
import type { Theme } from './theme-toggle';

export type ShellUser = { name: string; email: string; roles: TRole[] };

export function ConsoleShell({ user, theme, reviewCount, children }: { user: ShellUser; theme: Theme; reviewCount: number | null; children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line bg-surface/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 md:px-6">
          <Link href="/model-cards" className="shrink-0 rounded" aria-label="Cardinal home">
            <Logo />
          </Link>
          <ConsoleNav roles={user.roles} reviewCount={reviewCount} />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle initial={theme} />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-6 md:py-8">
        {children}
      </main>
    </div>
  );
}
