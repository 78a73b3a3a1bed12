// What a page shows when it cannot show what was asked for: an address that names nothing, or an error the server did not expect.
// Used inside the console (not-found.tsx and error.tsx beside the console layout) and on its own page (the app's root boundaries).
import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Logo } from './logo';

export function PageProblem({ title, children, actions }: { title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-2xl rounded-xl border border-dashed border-line bg-surface px-6 py-14 text-center">
      <title>{`${title} · Cardinal`}</title>
      <h1 id="page-title" className="text-xl font-semibold tracking-tight">
        {title}
      </h1>
      <div className="mx-auto mt-3 max-w-xl space-y-2 text-sm text-muted">{children}</div>
      <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div>
    </section>
  );
}

/** Outside the console (its layout is what failed, or no route matched): the logo above, as on the sign-in page. */
export function StandaloneProblem({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Logo className="mb-6 text-xl" />
      <div className="w-full">{children}</div>
    </main>
  );
}

export function NotFoundProblem({ links }: { links: { href: string; label: string }[] }) {
  return (
    <PageProblem
      title="Not found"
      actions={links.map((link, index) => (
        <Link key={link.href} href={link.href} className={buttonClass(index === 0 ? 'primary' : 'secondary')}>
          {link.label}
        </Link>
      ))}
    >
      <p>Nothing is at this address. The card, package or webhook it named may have been deleted or renamed, or the address was mistyped.</p>
    </PageProblem>
  );
}

/**
 * An unexpected error while the server prepared the page. Its message is never shown (the server's may name internals); the digest is
 * what the server's log prints beside the error, so an administrator can find it.
 */
export function ErrorProblem({ digest, onRetry, home }: { digest?: string; onRetry: () => void; home: { href: string; label: string } }) {
  return (
    <PageProblem
      title="This page could not be shown"
      actions={
        <>
          <button type="button" className={buttonClass('primary')} onClick={onRetry}>
            Try again
          </button>
          <Link href={home.href} className={buttonClass('secondary')}>
            {home.label}
          </Link>
        </>
      }
    >
      <p>Something went wrong on the server while it prepared this page. Nothing saved before is lost; try again in a moment.</p>
      {digest ? (
        <p>
          If it keeps happening, give your administrator this reference, which the server&apos;s log records with the error:{' '}
          <code className="rounded bg-sunken px-1.5 py-0.5 font-mono text-fg">{digest}</code>
        </p>
      ) : null}
    </PageProblem>
  );
}
