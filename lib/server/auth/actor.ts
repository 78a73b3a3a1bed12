// Who is acting, and what they may do. Services call these; deny by default.
import 'server-only';
import type { TRole } from '@/lib/schemas/user';
import { AppError } from '@/lib/server/errors';

export type Actor = { id: string; email: string; name: string; roles: TRole[] };

export function hasRole(actor: Actor | null | undefined, ...roles: TRole[]): boolean {
  return !!actor && roles.some((role) => actor.roles.includes(role));
}

/** Throws unless the actor holds at least one of the roles. */
export function requireRole(actor: Actor | null | undefined, roles: TRole[], doing: string): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!hasRole(actor, ...roles)) {
    throw new AppError('FORBIDDEN', `You need the ${roles.join(' or ')} role to ${doing}.`);
  }
  return actor;
}

export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return actor;
}

export function auditActor(actor: Actor): { id: string; email: string } {
  return { id: actor.id, email: actor.email };
}
