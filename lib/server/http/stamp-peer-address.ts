// Next.js gives route handlers no socket address and keeps a client's own X-Forwarded-For, so the server stamps the TCP peer on each request.
import 'server-only';
import http from 'node:http';
import { PEER_HEADER } from '@/lib/server/auth/client-address';

const STAMPED = Symbol.for('cardinal.peerAddressStamped');

/** Patches every Node.js HTTP server in this process, including one already listening; idempotent. */
export function stampPeerAddress(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? 'unknown';
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
