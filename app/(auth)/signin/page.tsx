import { redirect } from 'next/navigation';
import { getActor } from '@/lib/server/auth/get-actor';
import { hasAnyUser } from '@/lib/server/users/has-any-user';
import { oidcSettings } from '@/lib/server/auth/oidc-settings';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Notice } from '@/components/ui/notice';
import { safeCallbackPath } from '@/lib/safe-callback-path';
import { signInErrorMessage } from '@/lib/sign-in-errors';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string; passwordChanged?: string }> }) {
  if (!(await hasAnyUser())) redirect('/setup');
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getActor()) redirect(callbackPath);
  const oidc = oidcSettings();
  return (
    <>
      <h1 className="text-lg font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-muted">Use the account your Cardinal administrator gave you.</p>
      {params.passwordChanged ? (
        <div className="mt-4">
          <Notice tone="success">Your password is changed and your sessions have ended. Sign in with the new password.</Notice>
        </div>
      ) : null}
      <SignInForm callbackPath={callbackPath} oidcName={oidc?.name ?? null} initialError={signInErrorMessage(params.error)} />
    </>
  );
}
