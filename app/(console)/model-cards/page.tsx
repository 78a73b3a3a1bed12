import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { NotBuiltYet } from '@/components/shell/not-built-yet';

export const metadata = { title: 'Model cards' };

export default async function ModelCardsPage() {
  await requirePageActor();
  return <NotBuiltYet title="Model cards" description="The card hub, where you will create, find and manage model cards, is being built. Sign-in, roles and user administration are ready." />;
}
