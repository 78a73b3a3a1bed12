// Standard Webhooks signing: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the base64-decoded secret after `whsec_`; during a rotation both secrets sign, space-separated.
import 'server-only';
import { createHmac } from 'node:crypto';
import { openSecret } from '@/lib/server/access-keys/secret-box';

export function signPayload(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The secrets an endpoint signs with now: its current one, and the previous one until its 24 hours are over. */
export function signingSecrets(
  endpoint: { id: string; secretCiphertext: string; previousSecretCiphertext: string | null; previousSecretExpiresAt: Date | null },
  now = new Date(),
): string[] {
  const current = openSecret('webhook', endpoint.id, endpoint.secretCiphertext);
  if (current === null)
    throw new Error(`The signing secret of webhook ${endpoint.id} cannot be decrypted: NEXTAUTH_SECRET has probably changed; rotate the secret.`);
  const secrets = [current];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    const previous = openSecret('webhook', endpoint.id, endpoint.previousSecretCiphertext);
    if (previous !== null) secrets.push(previous);
  }
  return secrets;
}

export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => signPayload(secret, id, timestamp, body)).join(' ');
}
