// Secrets Cardinal must use again (access-key secrets for SigV4, webhook signing secrets) are stored only as AES-256-GCM ciphertext under a key derived (HKDF-SHA256) from NEXTAUTH_SECRET per purpose, bound to their row's id; they cannot be hashed.
import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Fixed salt and info per purpose: a derived key changes only with NEXTAUTH_SECRET, and serves one purpose.
const PURPOSES = {
  accessKey: { salt: 'cardinal.access-keys', info: 'cardinal access-key secret encryption v1' },
  webhook: { salt: 'cardinal.webhooks', info: 'cardinal webhook signing secret encryption v1' },
} as const;

export type TSecretPurpose = keyof typeof PURPOSES;

function encryptionKey(purpose: TSecretPurpose): Buffer {
  const secret = process.env.NEXTAUTH_SECRET?.trim();
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: stored secrets are encrypted under a key derived from it.');
  return Buffer.from(hkdfSync('sha256', secret, PURPOSES[purpose].salt, PURPOSES[purpose].info, 32));
}

/** `v1.<iv>.<ciphertext>.<tag>`, base64url. The row's id is the associated data, so a ciphertext copied onto another row does not decrypt. */
export function sealSecret(purpose: TSecretPurpose, rowId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(purpose), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(rowId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [FORMAT, iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The secret, or null when the stored text does not decrypt under this NEXTAUTH_SECRET; throws when it is not in a format this version reads. */
export function openSecret(purpose: TSecretPurpose, rowId: string, stored: string): string | null {
  const [format, iv, ciphertext, tag, ...rest] = stored.split('.');
  if (format !== FORMAT || !iv || !ciphertext || !tag || rest.length > 0)
    throw new Error(`The stored secret of ${rowId} is not in a format this version reads.`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(purpose), Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export function encryptSecret(accessKeyId: string, secret: string): string {
  return sealSecret('accessKey', accessKeyId, secret);
}

export function decryptSecret(accessKeyId: string, stored: string): string {
  const secret = openSecret('accessKey', accessKeyId, stored);
  if (secret === null) {
    // The usual cause is an operator change, not an attack: say which setting to check.
    throw new Error(
      `The secret of access key ${accessKeyId} cannot be decrypted. NEXTAUTH_SECRET has probably changed since the key was created; ` +
        'restore the previous value, or have the key owner create a new key.',
    );
  }
  return secret;
}
