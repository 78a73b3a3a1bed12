// The rules every card service checks: who may do what (and in which status), the name pattern, valid content stored as sent, one link (model or model package), the approval quorum.
import 'server-only';
import { parseModelCardContent } from '@/lib/schemas/model-card-content';
import type { TModelCardContent, TRiskRating } from '@/lib/schemas/model-card-content';
import { contentHash } from '@/lib/model-cards/canonical-json';
import { CARD_NAME_MAX_CHARS, CARD_NAME_PATTERN, isCardName } from '@/lib/schemas/card-name';
import { ZOptionalReviewComment, ZRequiredReviewComment } from '@/lib/schemas/review-comment';
import { AppError } from '@/lib/server/errors';
import { hasRole, requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { cardArchived } from './card-errors';
import type { LockedCard } from './card-lock';

/** Every signed-in role reads cards; a user with no role reads nothing. */
export function requireCardReader(actor: Actor | null | undefined): Actor {
  return requireRole(actor, ['admin', 'author', 'reviewer', 'auditor'], 'read model cards');
}

export function requireCardAuthor(actor: Actor | null | undefined, doing: string): Actor {
  return requireRole(actor, ['author', 'admin'], doing);
}

/** Admins are not reviewers by default: approval is a separate duty that must be granted. */
export function requireCardReviewer(actor: Actor | null | undefined, doing: string): Actor {
  return requireRole(actor, ['reviewer'], doing);
}

/** An Archived card takes no content change; it can still be read, diffed and exported. */
export function checkEditable(card: Pick<LockedCard, 'status'>): void {
  if (card.status === 'Archived') throw cardArchived();
}

/** Only a Draft goes to review: a pending card is already there, and approved content must change (a new version) first. */
export function checkMaySubmit(card: Pick<LockedCard, 'name' | 'status' | 'latestVersion'>): void {
  checkEditable(card);
  if (card.status === 'PendingReview') {
    throw new AppError('CONFLICT', `${card.name} is already waiting for review.`, { details: { status: card.status } });
  }
  if (card.status === 'Approved') {
    throw new AppError('CONFLICT', `Version ${card.latestVersion} of ${card.name} is already approved. Save a new version to submit changes for review.`, {
      details: { status: card.status },
    });
  }
}

/** Reviewers and admins (who set the review policy) start re-reviews; the decision itself still needs a reviewer. */
export function requireReReviewer(actor: Actor | null | undefined): Actor {
  return requireRole(actor, ['reviewer', 'admin'], 'start a re-review of a model card');
}

/** Only an Approved card is reopened for re-review: its approved version goes back to review as it is, and stays immutable. */
export function checkMayStartReReview(card: Pick<LockedCard, 'name' | 'status' | 'latestVersion'>): void {
  checkEditable(card);
  if (card.status !== 'Approved') {
    throw new AppError('CONFLICT', `${card.name} is not approved (its status is ${card.status}), so there is no approval to re-review.`, {
      details: { status: card.status },
    });
  }
}

export function checkMayArchive(user: Actor, card: Pick<LockedCard, 'name' | 'status' | 'ownerId'>): void {
  if (card.ownerId !== user.id && !hasRole(user, 'admin')) {
    throw new AppError('FORBIDDEN', `Only the owner of ${card.name} or an admin can archive it.`);
  }
  if (card.status === 'Archived') throw cardArchived();
}

/**
 * Admins delete any card. An owner who is an author may delete their own card while it is a
 * Draft that was never approved (a mistake or an abandoned start); once a card has been
 * approved it is part of the governance record and only an admin removes it.
 */
export function checkMayDelete(user: Actor, card: Pick<LockedCard, 'name' | 'status' | 'ownerId'>, everApproved: boolean): void {
  if (hasRole(user, 'admin')) return;
  if (card.ownerId !== user.id || !hasRole(user, 'author') || card.status !== 'Draft') {
    throw new AppError(
      'FORBIDDEN',
      `Only an admin can delete ${card.name}. Owners can delete their own cards only while they are Drafts that were never approved.`,
    );
  }
  if (everApproved) throw new AppError('FORBIDDEN', `${card.name} was approved before, so only an admin can delete it.`);
}

export function parseCardName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new AppError('INVALID_INPUT', 'name: enter a name for the model card', { path: 'name' });
  }
  if (!isCardName(name)) {
    throw new AppError(
      'INVALID_INPUT',
      `name: "${name.slice(0, 80)}" is not a valid model card name. Use at most ${CARD_NAME_MAX_CHARS} letters, digits and hyphens, starting and ending with a letter or digit.`,
      { path: 'name', details: { pattern: CARD_NAME_PATTERN.source } },
    );
  }
  return name;
}

/** Content ready to store: the text written to the version row and what the card row copies from it. */
export type PreparedContent = {
  text: string;
  content: TModelCardContent;
  hash: string;
  riskRating: TRiskRating;
  modelId: string | null;
  modelPackageArn: string | null;
};

/**
 * A string (the APIs) is stored exactly as sent so clients get their bytes back; an object (the
 * console) is stored as the JSON of the validated value. The hash is of the canonical JSON, so
 * both forms of the same document hash alike.
 */
export function prepareContent(input: unknown): PreparedContent {
  const parsed = parseModelCardContent(input);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new AppError('INVALID_INPUT', first.path ? `${first.path}: ${first.message}` : `Content: ${first.message}`, {
      path: first.path,
      details: { issues: parsed.issues },
    });
  }
  const content = parsed.content;
  // An empty model_id names no model, so it neither links the card nor claims uniqueness.
  const modelId = content.model_overview?.model_id || null;
  const modelPackageArn = content.model_package_details?.model_package_arn ?? null;
  if (modelId && modelPackageArn) {
    throw new AppError(
      'INVALID_INPUT',
      'model_package_details.model_package_arn: a model card links to a model (model_overview.model_id) or to a model package version (model_package_details.model_package_arn), not both. Remove one of them.',
      { path: 'model_package_details.model_package_arn', details: { paths: ['model_overview.model_id', 'model_package_details.model_package_arn'] } },
    );
  }
  return {
    text: typeof input === 'string' ? input : JSON.stringify(content),
    content,
    hash: contentHash(content),
    riskRating: content.intended_uses?.risk_rating ?? 'Unknown',
    modelId,
    modelPackageArn,
  };
}

/** High-risk models need two distinct approving reviewers on the same version; others one. */
export function approvalsRequired(riskRating: TRiskRating): number {
  return riskRating === 'High' ? 2 : 1;
}

export function parseVersionNumber(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new AppError('INVALID_INPUT', `${path}: must be a version number (1, 2, 3, …)`, { path });
}

export function parseComment(comment: unknown, required: boolean): string | null {
  const parsed = parseInput(required ? ZRequiredReviewComment : ZOptionalReviewComment, { comment });
  return parsed.comment || null;
}
