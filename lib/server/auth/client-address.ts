// The address a request comes from: the TCP peer, which a client cannot choose, unless that peer is a proxy named in CARDINAL_TRUSTED_PROXIES.
import 'server-only';

/** Written by the request gate (lib/server/http/request-gate.ts) on every request the Node.js server receives; a value the client sent is replaced. */
export const PEER_HEADER = 'x-cardinal-peer-address';

function normalize(address: string): string {
  const trimmed = address.trim().toLowerCase();
  // An IPv4 client of a dual-stack socket appears as ::ffff:a.b.c.d.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

export function trustedProxies(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set(
    (env.CARDINAL_TRUSTED_PROXIES ?? '')
      .split(',')
      .map(normalize)
      .filter((entry) => entry !== ''),
  );
}

/**
 * X-Forwarded-For counts only when the peer is a trusted proxy, and then only as far back as the proxies are trusted: each trusted hop
 * hands over to the address it appended. 'unknown' when the server did not stamp the peer (a runtime other than `next start`/`next dev`).
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers, trusted: Set<string> = trustedProxies()): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value.join(',') : (value ?? undefined);
  };
  const peer = read(PEER_HEADER);
  if (!peer) return 'unknown';
  let address = normalize(peer);
  const forwarded = (read('x-forwarded-for') ?? '').split(',').map(normalize).filter(Boolean);
  while (trusted.has(address) && forwarded.length > 0) address = forwarded.pop()!;
  return address;
}
