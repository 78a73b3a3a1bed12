// What an access key looks like when it leaves the server: never the secret, nor its ciphertext.
import 'server-only';

export const ACCESS_KEY_SELECT = {
  accessKeyId: true,
  label: true,
  active: true,
  revokedAt: true,
  createdAt: true,
  lastUsedAt: true,
  userId: true,
} as const;

export type AccessKeyDto = {
  accessKeyId: string;
  label: string | null;
  active: boolean;
  /** Set by a password reset or deactivation of the owner; such a key cannot be reactivated. */
  revokedAt: Date | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  userId: string;
};

/** Returned once, by createAccessKey: the only time the secret is ever sent anywhere. */
export type NewAccessKeyDto = { key: AccessKeyDto; secretAccessKey: string };
