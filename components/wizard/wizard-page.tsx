import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';

/** The heading every wizard page (new, clone, import, edit) opens with. */
export function WizardPage({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={title}>{description}</PageHeader>
      {children}
    </section>
  );
}

/** A page that cannot show the wizard says why and where to go instead. */
export function WizardUnavailable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-lg py-16 text-center">
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <div className="mt-3 space-y-4 text-sm text-muted">{children}</div>
    </section>
  );
}
