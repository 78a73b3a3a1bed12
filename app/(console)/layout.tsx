import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { ConsoleShell } from '@/components/shell/console-shell';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return <ConsoleShell user={{ name: actor.name, email: actor.email, roles: actor.roles }}>{children}</ConsoleShell>;
}
