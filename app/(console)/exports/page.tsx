import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { NotBuiltYet } from '@/components/shell/not-built-yet';

export const metadata = { title: 'Exports' };

export default async function ExportsPage() {
  await requirePageActor();
  return <NotBuiltYet title="Exports" description="PDF export jobs for auditors will be listed here once PDF export is built." />;
}
