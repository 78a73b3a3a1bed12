// Signs in to a running Cardinal server the way the browser does (next-auth credentials: CSRF token, then the form post) and keeps the cookies for later requests.
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** A session cookie for the user, or an error naming what the server answered. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/model-cards` }),
    redirect: 'manual',
  });
  jar.take(response);
  if (![...jar.header().matchAll(/(?:^|; )(?:__Secure-)?next-auth\.session-token=/g)].length) {
    const location = response.headers.get('location') ?? '';
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${decodeURIComponent(location)}`);
  }
  return jar;
}
