// next-auth configuration: email + password always, OpenID Connect when OIDC_* is configured; JWT sessions re-checked per request,
// each carrying a session id that signing out revokes.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { isAppError } from '@/lib/server/errors';
import { isSignInErrorCode } from '@/lib/sign-in-errors';
import { authenticatePassword } from './authenticate-password';
import { signInWithOidc } from './sign-in-with-oidc';
import { oidcSettings } from './oidc-settings';
import { clientAddress } from './client-address';
import { revokeSession } from './revoke-session';

type TokenUser = { id: string; sessionVersion?: number };

export function getAuthOptions(): NextAuthOptions {
  const oidc = oidcSettings();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        try {
          const user = await authenticatePassword({
            email: credentials?.email ?? '',
            password: credentials?.password ?? '',
            clientAddress: clientAddress(request?.headers ?? {}),
          });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth passes an Error's message to the sign-in form; anything unexpected stays generic.
          if (isAppError(error)) throw new Error(error.message);
          console.error('sign-in failed', error);
          throw new Error('Sign-in failed because of a server error. Try again.');
        }
      },
    }),
  ];
  if (oidc) {
    providers.push({
      id: 'oidc',
      name: oidc.name,
      type: 'oauth',
      wellKnown: `${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null, emailVerified: profile.email_verified };
      },
    });
  }
  return {
    providers,
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin' },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc' || !oidc) return true;
        try {
          const signedIn = await signInWithOidc({
            issuer: oidc.issuer,
            subject: account.providerAccountId,
            email: user.email ?? null,
            name: user.name ?? null,
            emailVerified: (user as { emailVerified?: boolean }).emailVerified !== false,
          });
          // The token is minted from this object next; make it carry Cardinal's user, not the provider's.
          Object.assign(user, { id: signedIn.id, name: signedIn.name, email: signedIn.email, sessionVersion: signedIn.sessionVersion });
          return true;
        } catch (error) {
          const code = isAppError(error) ? error.details?.signInError : undefined;
          if (!isAppError(error)) console.error('oidc sign-in failed', error);
          return `/signin?error=${isSignInErrorCode(code) ? code : 'SsoFailed'}`;
        }
      },
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as TokenUser;
          token.sub = signedIn.id;
          token.sv = signedIn.sessionVersion ?? 1;
          token.sid = randomUUID();
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv, sessionId: token.sid };
      },
    },
    events: {
      // The cookie is cleared in this browser; the revocation refuses the same token from anywhere else until it expires.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeSession({ sessionId: token.sid, expiresAt: new Date(Number(token.exp ?? 0) * 1000) });
      },
    },
  };
}
