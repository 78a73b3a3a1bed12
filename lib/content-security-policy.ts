// The Content-Security-Policy of every page: scripts only from this origin and with this response's nonce (Next puts it on its own
// scripts), nothing framed, no plugins, forms post only here.

/** A fresh, unguessable nonce per response: 16 random bytes in base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing bootstrap load Next's chunks; development's hot reload also evaluates code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Server-rendered style attributes (charts, progress bars) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
