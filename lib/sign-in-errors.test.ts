// The sign-in page's error line comes from a fixed list: a code picks the sentence, and nothing else in the address reaches the page.
import { describe, it, expect } from 'vitest';
import { SIGN_IN_ERRORS, UNKNOWN_SIGN_IN_ERROR, isSignInErrorCode, signInErrorMessage } from './sign-in-errors';

describe('sign-in error messages', () => {
  it('gives each known code its sentence, and nothing when there is no code', () => {
    expect(signInErrorMessage('OAuthCallback')).toBe(SIGN_IN_ERRORS.OAuthCallback);
    expect(signInErrorMessage('SsoDeactivated')).toBe('This account has been deactivated. Ask an administrator to reactivate it.');
    expect(signInErrorMessage(undefined)).toBeUndefined();
    expect(signInErrorMessage('')).toBeUndefined();
  });

  it('never shows text from the address: any other value gets one plain sentence', () => {
    for (const crafted of [
      'Your account is locked. Call +1 555 0100 to unlock it.',
      'Configuration',
      'constructor',
      '__proto__',
      'toString',
      'x'.repeat(5000),
    ]) {
      expect(signInErrorMessage(crafted), crafted.slice(0, 40)).toBe(UNKNOWN_SIGN_IN_ERROR);
    }
    expect(isSignInErrorCode(['SsoFailed'])).toBe(false);
    expect(isSignInErrorCode('hasOwnProperty')).toBe(false);
  });
});
