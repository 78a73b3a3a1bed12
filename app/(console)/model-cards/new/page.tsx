import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { Forbidden } from '@/components/shell/forbidden';

export const metadata = { title: 'Create model card' };

export default async function NewModelCardPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'author', 'admin')) return <Forbidden what="Creating model cards" role="author" />;
  return (
    <NotBuiltYet
      title="Create model card"
      description="The four-step wizard (model details and intended uses, training, evaluation, additional details) is being built."
    />
  );
}
