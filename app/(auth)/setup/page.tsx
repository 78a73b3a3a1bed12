import { notFound } from 'next/navigation';
import { hasAnyUser } from '@/lib/server/users/has-any-user';
import { SetupForm } from '@/components/auth/setup-form';

export const metadata = { title: 'Set up Cardinal' };

export default async function SetupPage() {
  // Setup exists only until the first admin does.
  if (await hasAnyUser()) notFound();
  return (
    <>
      <h1 className="text-lg font-semibold">Set up Cardinal</h1>
      <p className="mt-1 text-sm text-muted">
        Create the first administrator. This account can add other users and give them roles. This page disappears once it is done.
      </p>
      <SetupForm />
    </>
  );
}
