// What a user account may look like: shared by the setup and admin forms and the user services.
import { z } from 'zod';

export const ROLES = ['admin', 'author', 'reviewer', 'auditor'] as const;
export type TRole = (typeof ROLES)[number];

export const MIN_PASSWORD_LENGTH = 12;

const ZEmail = z
  .string()
  .trim()
  .min(1, 'Enter an email address')
  .max(254, 'At most 254 characters')
  .email('Enter a valid email address')
  .transform((value) => value.toLowerCase());

export const ZPassword = z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(256, 'At most 256 characters');

const ZDisplayName = z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters');

export const ZRoles = z.array(z.enum(ROLES)).min(1, 'Choose at least one role');

export const ZFirstAdmin = z.object({ name: ZDisplayName, email: ZEmail, password: ZPassword });
export type TFirstAdmin = z.infer<typeof ZFirstAdmin>;

export const ZNewUser = z.object({ name: ZDisplayName, email: ZEmail, password: ZPassword, roles: ZRoles });
export type TNewUser = z.infer<typeof ZNewUser>;

/** A signed-in person changing their own password: the current one, the new one twice, and the new one not the current one again. */
export const ZPasswordChange = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(256, 'At most 256 characters'),
    newPassword: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'Does not match the new password' })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: 'Must differ from your current password' });
export type TPasswordChange = z.infer<typeof ZPasswordChange>;
