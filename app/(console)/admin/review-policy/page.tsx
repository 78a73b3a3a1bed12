import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { getReviewPolicy } from '@/lib/server/dashboard/get-review-policy';
import { Forbidden } from '@/components/shell/forbidden';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { PageHeader } from '@/components/ui/page-header';
import { ReviewPolicyForm } from '@/components/admin/review-policy-form';

export const metadata = { title: 'Review policy' };

export default async function ReviewPolicyPage() {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin')) return <Forbidden what="Admin" role="admin" />;
  const policy = await getReviewPolicy({ actor });
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Review policy">How often approved model cards are due for review again, by risk rating.</PageHeader>
      <AdminTabs current="/admin/review-policy" />
      <ReviewPolicyForm initial={policy} />
    </section>
  );
}
