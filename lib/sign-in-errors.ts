// What the sign-in page may say after a failed sign-in. The address carries only a code (next-auth's own, or one of ours for
// single sign-on refusals); the words come from this list, so a crafted link cannot put its own text on Cardinal's sign-in page.
const TRY_AGAIN = 'Try again or use your password.';

export const SIGN_IN_ERRORS = {
  // next-auth's codes (pages.error is /signin).
  OAuthSignin: `Single sign-on could not start. ${TRY_AGAIN}`,
  OAuthCallback: `Single sign-on did not complete. ${TRY_AGAIN}`,
  Callback: `Single sign-on did not complete. ${TRY_AGAIN}`,
  SessionRequired: 'Sign in to continue.',
  AccessDenied: 'Access was denied.',
  // Cardinal's refusals of a single sign-on (signInWithOidc).
  SsoNoEmail: 'The identity provider did not share an email address.',
  SsoEmailUnverified: 'Your identity provider has not verified your email address, so it cannot sign in to an existing account.',
  SsoDeactivated: 'This account has been deactivated. Ask an administrator to reactivate it.',
  SsoFailed: 'Single sign-on failed because of a server error.',
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

/** Any other code (next-auth has more, and the address can say anything) gets one plain sentence. */
export const UNKNOWN_SIGN_IN_ERROR = 'Sign-in did not complete. Try again, or ask your Cardinal administrator.';

export function isSignInErrorCode(code: unknown): code is SignInErrorCode {
  return typeof code === 'string' && Object.hasOwn(SIGN_IN_ERRORS, code);
}

export function signInErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return isSignInErrorCode(code) ? SIGN_IN_ERRORS[code] : UNKNOWN_SIGN_IN_ERROR;
}
