import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { Forbidden } from '@/components/shell/forbidden';

export const metadata = { title: 'Import model card' };

export default async function ImportModelCardPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'author', 'admin')) return <Forbidden what="Importing model cards" role="author" />;
  return <NotBuiltYet title="Import JSON" description="Importing a model card from SageMaker content JSON is being built." />;
}
