// A real OpenID Connect provider on loopback for the single sign-on e2e test (oidc-provider's dev login pages).
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3201);
const appUrl = process.env.APP_URL ?? 'http://localhost:3200';
const issuer = `http://localhost:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'cardinal-e2e',
      client_secret: 'cardinal-e2e-secret',
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: `${id}@sso.example.com`, email_verified: true, name: `SSO ${id}` };
      },
    };
  },
  // Like most identity providers in practice, put the email and name claims in the ID token.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['cardinal-e2e-cookie-key'] },
});

provider.listen(port, '127.0.0.1', () => console.log(`oidc provider on ${issuer}`));
