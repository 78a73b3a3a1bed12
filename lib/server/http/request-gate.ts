// Every request passes this one gate before Next sees it, installed by patching http.Server's emit once per process.
// A path segment that is not valid percent-encoding (/api/v1/export-jobs/%ff, %C0%AF,
// a lone %) is answered 400: Next throws a DecodeError for it in any dynamic route and means to answer 400, but an app-router-only
// build has no /_error page to render that 400 with, so the client got a bare 500 that no route handler could catch or log.
// And the request line exactly as received goes to the SigV4 check (rawUrlHeader): Next rebuilds request.url from the parsed
// query (',' and ':' percent-encoded, repeated names grouped), which is not what curl or botocore signed.
// And the TCP peer's address (PEER_HEADER), which sign-in throttling counts by: Next gives route handlers no socket address and
// keeps a client's own X-Forwarded-For.
import 'server-only';
import http from 'node:http';
import { PEER_HEADER } from '@/lib/server/auth/client-address';
import { rawUrlHeader } from '@/lib/server/auth/sigv4/raw-url-header';

/** The segment Next cannot decode, or null when every segment decodes (as decodeURIComponent, which Next uses). */
export function undecodableSegment(url: string): string | null {
  const pathname = url.split(/[?#]/, 1)[0];
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

function refuse(response: http.ServerResponse, url: string, segment: string): void {
  const message = `path: '${segment}' is not valid percent-encoding (each % must start an escape of a UTF-8 byte, such as %20).`;
  const api = url.startsWith('/api/');
  response.writeHead(400, { 'content-type': api ? 'application/json' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(api ? JSON.stringify({ error: { code: 'INVALID_INPUT', message, path: 'path' } }) : message);
}

/**
 * Installed once per process from instrumentation's register(), which runs before the server takes its first request; it patches
 * every Node.js HTTP server in the process, including one already listening.
 */
export function installRequestGate(): void {
  const marker = Symbol.for('cardinal.requestGate');
  const prototype = http.Server.prototype as http.Server & { [marker]?: true };
  if (prototype[marker]) return;
  prototype[marker] = true;
  const emit = prototype.emit;
  prototype.emit = function emitThroughGate(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const segment = undecodableSegment(request.url ?? '/');
      if (segment !== null) {
        refuse(response, request.url ?? '/', segment);
        return true;
      }
      // Both set on every request, replacing anything a client sent (and the raw URL header's name is this process's secret).
      request.headers[rawUrlHeader()] = request.url ?? '/';
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? 'unknown';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}
