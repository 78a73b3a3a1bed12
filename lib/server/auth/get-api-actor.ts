// An API request acts as the owner of the access key it is signed with (AWS Signature V4), or else as the signed-in browser session; a signature that fails is refused and never falls back to the session.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { authenticateSignedRequest } from '@/lib/server/access-keys/authenticate-signed-request';
import { getActor } from './get-actor';
import type { Actor } from './actor';

const SIGV4 = /^\s*AWS4-HMAC-SHA256\s/i;

/** `body` is the request body exactly as received: the signature covers its bytes. */
export async function getApiActor(request: Request, body: Uint8Array): Promise<Actor | null> {
  const authorization = request.headers.get('authorization');
  if (authorization === null || !SIGV4.test(authorization)) return getActor();
  const signed = await authenticateSignedRequest({
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    body,
  });
  // 403 with the verifier's reason: a caller who signed has a key and needs to know what to fix.
  if (!signed.ok) throw new AppError('FORBIDDEN', signed.message, { details: { signature: signed.code } });
  return signed.actor;
}
