// Who may do what in the registry (deny by default): every role reads; authors and admins register; only reviewers and admins change a package's approval; admins or the creator delete.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { auditActor, hasRole, requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { recordRegistryEvents } from '@/lib/server/events/registry-events';
import type { Tx } from '@/lib/server/db';
import { readArnContext } from '@/lib/server/arn-context';
import { ENTITY_NAME_PATTERN } from './registry-arns';
import type { TArnContext } from './registry-arns';

/** Registering waits behind the group's row lock; a burst of registrations must queue, not time out (see CARD_TX_OPTIONS). */
export const REGISTRY_TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export function requireRegistryReader(actor: Actor | null | undefined): Actor {
  return requireRole(actor, ['admin', 'author', 'reviewer', 'auditor'], 'read the model registry');
}

export function requireRegistryWriter(actor: Actor | null | undefined, doing: string): Actor {
  return requireRole(actor, ['author', 'admin'], doing);
}

/** Approval is a governance decision: reviewers and admins make it, authors do not. */
export function requirePackageApprover(actor: Actor | null | undefined): Actor {
  return requireRole(actor, ['reviewer', 'admin'], "change a model package's approval status");
}

/**
 * Admins delete any registry resource; the author who created one may delete it too (a mistaken
 * registration), since deletes are refused anyway while a card documents the resource.
 */
export function checkMayDeleteRegistryResource(actor: Actor, createdById: string, what: string): void {
  if (hasRole(actor, 'admin')) return;
  if (createdById === actor.id && hasRole(actor, 'author')) return;
  throw new AppError('FORBIDDEN', `Only an admin or the author who created ${what} can delete it.`);
}

/** This server's region and account, which every registry ARN names. */
export function arnContext(): TArnContext {
  return readArnContext();
}

export function parseEntityName(value: unknown, path: string, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new AppError('INVALID_INPUT', `${path}: enter the ${what}`, { path });
  if (value.length > 63 || !ENTITY_NAME_PATTERN.test(value)) {
    throw new AppError(
      'INVALID_INPUT',
      `${path}: "${value.slice(0, 80)}" is not a valid ${what}. Use at most 63 letters, digits and hyphens, starting and ending with a letter or digit.`,
      { path, details: { pattern: ENTITY_NAME_PATTERN.source } },
    );
  }
  return value;
}

export function parsePackageVersion(value: unknown, path = 'version'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new AppError('INVALID_INPUT', `${path}: must be a model package version number (1, 2, 3, …)`, { path });
}

export type RegistryTargetType = 'model_package_group' | 'model_package' | 'model' | 'training_job';

export async function recordRegistryEvent(
  tx: Tx,
  actor: Actor,
  action: string,
  target: { type: RegistryTargetType; id: string; name: string },
  details?: Record<string, unknown>,
): Promise<void> {
  await recordAuditEvent(tx, { actor: auditActor(actor), action, targetType: target.type, targetId: target.id, targetName: target.name, details });
  await recordRegistryEvents(tx, actor, action, target, details);
}

export function groupNotFound(name: string): AppError {
  return new AppError('NOT_FOUND', `Model package group ${name} does not exist.`);
}

export function packageNotFound(groupName: string, version: number): AppError {
  return new AppError('NOT_FOUND', `Model package ${groupName}/${version} does not exist.`);
}

export function modelNotFound(name: string): AppError {
  return new AppError('NOT_FOUND', `Model ${name} does not exist.`);
}

export function trainingJobNotFound(name: string): AppError {
  return new AppError('NOT_FOUND', `Training job ${name} does not exist.`);
}
