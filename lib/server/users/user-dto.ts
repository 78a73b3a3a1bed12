// The fields of a user that may leave the server: never the password hash or throttling state.
import 'server-only';
import type { TRole } from '@/lib/schemas/user';

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  roles: true,
  active: true,
  createdAt: true,
  lastLoginAt: true,
  oidcIssuer: true,
} as const;

export type UserDto = {
  id: string;
  email: string;
  name: string;
  roles: TRole[];
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
  oidcIssuer: string | null;
};
