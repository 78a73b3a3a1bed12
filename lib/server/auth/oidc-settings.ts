// Single sign-on is on only when issuer, client id and secret are all configured.
import 'server-only';

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'single sign-on' };
}
