// How a role reads in the console, apart from user.ts so the account menu on every page does not load zod.
import type { TRole } from './user';

export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'Admin',
  author: 'Author',
  reviewer: 'Reviewer',
  auditor: 'Auditor',
};
