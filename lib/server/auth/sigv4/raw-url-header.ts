// The header that carries a request's URL exactly as received from the HTTP server to the SigV4 check: its name is random per
// process, so no client can send it, and it is shared through globalThis because Next bundles instrumentation and routes apart.
import 'server-only';
import { randomBytes } from 'node:crypto';

const KEY = Symbol.for('cardinal.rawUrlHeader');

export function rawUrlHeader(): string {
  const store = globalThis as typeof globalThis & { [KEY]?: string };
  store[KEY] ??= `x-cardinal-raw-url-${randomBytes(12).toString('hex')}`;
  return store[KEY];
}
