// Profile → Password: every signed-in user changes their own password here (admins reset other people's under Admin → Users).
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { ChangePasswordForm } from '@/components/profile/change-password-form';
import { ProfileTabs } from '@/components/profile/profile-tabs';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Password' };

export default async function PasswordPage() {
  await requirePageActor();
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Password">The password you sign in to Cardinal with. People who sign in through single sign-on change theirs there.</PageHeader>
      <ProfileTabs current="/profile/password" />
      <ChangePasswordForm />
    </section>
  );
}
