// A secret access key is stored only as AES-256-GCM ciphertext under a key derived (HKDF-SHA256) from NEXTAUTH_SECRET, bound to its access key id; SigV4 needs the secret itself back, so it cannot be hashed.
import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Fixed salt and info: the derived key changes only with NEXTAUTH_SECRET, and is used for nothing but access-key secrets.
const HKDF_SALT = 'cardinal.access-keys';
const HKDF_INFO = 'cardinal access-key secret encryption v1';

function encryptionKey(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET?.trim();
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: access-key secrets are encrypted under a key derived from it.');
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, HKDF_INFO, 32));
}

/** `v1.<iv>.<ciphertext>.<tag>`, base64url. The access key id is the associated data, so a ciphertext copied onto another key's row does not decrypt. */
export function encryptSecret(accessKeyId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [FORMAT, iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function decryptSecret(accessKeyId: string, stored: string): string {
  const [format, iv, ciphertext, tag, ...rest] = stored.split('.');
  if (format !== FORMAT || !iv || !ciphertext || !tag || rest.length > 0) throw new Error(`The stored secret of access key ${accessKeyId} is not in a format this version reads.`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(), Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // The usual cause is an operator change, not an attack: say which setting to check.
    throw new Error(
      `The secret of access key ${accessKeyId} cannot be decrypted. NEXTAUTH_SECRET has probably changed since the key was created; ` +
        'restore the previous value, or have the key owner create a new key.',
    );
  }
}
