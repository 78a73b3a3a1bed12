// After sign-in we only ever go to a path on this site, never to another origin named in the URL.
export function safeCallbackPath(callbackUrl: string | undefined | null, fallback = '/'): string {
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, 'http://cardinal.invalid');
    if (url.origin !== 'http://cardinal.invalid' && !/^https?:\/\/[^/]+/.test(callbackUrl)) return fallback;
    const path = url.pathname + url.search + url.hash;
    if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/signin') || path.startsWith('/setup')) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
