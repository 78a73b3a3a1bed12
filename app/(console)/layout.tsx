import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { countReviewQueue } from '@/lib/server/reviews/count-review-queue';
import { cookies } from 'next/headers';
import { ConsoleShell } from '@/components/shell/console-shell';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const saved = (await cookies()).get('cardinal-theme')?.value;
  const theme = saved === 'light' || saved === 'dark' ? saved : 'system';
  // Rendered on every full load and after each lifecycle action (they revalidate the layout); the badge refreshes it in between.
  const reviewCount = hasRole(actor, 'reviewer') ? await countReviewQueue({ actor }) : null;
  return (
    <ConsoleShell user={{ name: actor.name, email: actor.email, roles: actor.roles }} theme={theme} reviewCount={reviewCount}>
      {children}
    </ConsoleShell>
  );
}
