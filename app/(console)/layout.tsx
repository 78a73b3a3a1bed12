import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { cookies } from 'next/headers';
import { ConsoleShell } from '@/components/shell/console-shell';
import { QueryProvider } from '@/components/providers/query-provider';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const saved = (await cookies()).get('cardinal-theme')?.value;
  const theme = saved === 'light' || saved === 'dark' ? saved : 'system';
  return (
    <ConsoleShell user={{ name: actor.name, email: actor.email, roles: actor.roles }} theme={theme}>
      <QueryProvider>{children}</QueryProvider>
    </ConsoleShell>
  );
}
