import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';

/** Reviewers and auditors start on the dashboard (what is stale, what needs approval); authors and admins on the card hub. */
export default async function Home() {
  const actor = await requirePageActor();
  redirect(hasRole(actor, 'reviewer', 'auditor') ? '/dashboard' : '/model-cards');
}
