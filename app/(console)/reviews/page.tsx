import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { NotBuiltYet } from '@/components/shell/not-built-yet';

export const metadata = { title: 'Reviews' };

export default async function ReviewsPage() {
  await requirePageActor();
  return <NotBuiltYet title="Reviews" description="The review queue, where reviewers approve model cards or send them back with comments, is being built." />;
}
