// What the signed-in user may do to a card right now, decided by the very checks the mutating services run (card-rules, review-checks), so a button is shown exactly when its service would accept it and a refusal reads the same in both places.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import {
  approvalsRequired,
  checkEditable,
  checkMayArchive,
  checkMayDelete,
  checkMaySubmit,
  requireCardAuthor,
  requireCardReader,
  requireCardReviewer,
} from './card-rules';
import { cardNotFound } from './card-errors';
import type { LockedCard } from './card-lock';
import { checkMayApprove, checkMayRequestChanges, checkReviewable } from './review-checks';
import { refusalOf } from './refusal-of';
import { quorumRule } from './lifecycle-messages';
import { reviewRoundOf } from './review-round';

export type CardPermissionsDto = {
  canEdit: boolean;
  canSubmit: boolean;
  /** Why this user cannot review the card at all (not a reviewer; not waiting for review; archived); null when they may decide. */
  reviewBlockedReason: string | null;
  canApprove: boolean;
  /** Why this reviewer cannot approve the version waiting for review ("You authored this version, …"); null when they can, or when nothing waits. */
  approveBlockedReason: string | null;
  canRequestChanges: boolean;
  requestChangesBlockedReason: string | null;
  canArchive: boolean;
  canDelete: boolean;
  canClone: boolean;
  canExport: boolean;
  /** The approvals of the latest version, how many its risk rating needs and that rule in words; null unless it waits for review. */
  quorum: { approvals: number; required: number; rule: string } | null;
};

export async function getCardPermissions({ actor, cardId }: { actor: Actor | null; cardId: string }): Promise<CardPermissionsDto> {
  const user = requireCardReader(actor);
  const card = await getDb().modelCard.findUnique({
    where: { id: cardId },
    select: { id: true, name: true, status: true, latestVersion: true, riskRating: true, ownerId: true },
  });
  if (!card) throw cardNotFound();
  return permissionsOf(user, card);
}

/** The permissions on a card already read, for a reader already checked (requireCardReader). */
export async function permissionsOf(
  user: Actor,
  card: Pick<LockedCard, 'id' | 'name' | 'status' | 'latestVersion' | 'riskRating' | 'ownerId'>,
): Promise<CardPermissionsDto> {
  const cardId = card.id;
  const db = getDb();
  const [latest, round, everApproved] = await Promise.all([
    db.modelCardVersion.findUniqueOrThrow({
      where: { cardId_version: { cardId, version: card.latestVersion } },
      select: { authorId: true, contentHash: true },
    }),
    reviewRoundOf(db, cardId, card.latestVersion),
    db.cardStatusChange.findFirst({ where: { cardId, toStatus: 'Approved' }, select: { id: true } }),
  ]);
  const myReviews = await db.review.findMany({ where: { cardId, version: card.latestVersion, round, reviewerId: user.id }, select: { decision: true } });
  const pending = card.status === 'PendingReview';
  const approvals = pending
    ? await db.review.count({ where: { cardId, version: card.latestVersion, round, contentHash: latest.contentHash, decision: 'Approved' } })
    : 0;

  const asAuthor = refusalOf(() => requireCardAuthor(user, 'edit model cards'));
  const asReviewer = refusalOf(() => requireCardReviewer(user, 'review model cards'));
  const reviewable = refusalOf(() => checkReviewable(card, card.latestVersion, 'approve it or request changes'));
  // Reasons are given only to a reviewer looking at a card that waits for review; anyone else simply has no review actions.
  const decide = (check: () => void) =>
    asReviewer || reviewable ? { allowed: false, reason: null } : { allowed: !refusalOf(check), reason: refusalOf(check) };
  const approval = decide(() =>
    checkMayApprove(card, card.latestVersion, {
      reviewerId: user.id,
      versionAuthorId: latest.authorId,
      alreadyApproved: myReviews.some((review) => review.decision === 'Approved'),
    }),
  );
  const changes = decide(() =>
    checkMayRequestChanges(
      card,
      card.latestVersion,
      myReviews.some((review) => review.decision === 'ChangesRequested'),
    ),
  );

  return {
    canEdit: !asAuthor && !refusalOf(() => checkEditable(card)),
    canSubmit: !asAuthor && !refusalOf(() => checkMaySubmit(card)),
    reviewBlockedReason: asReviewer ?? reviewable,
    canApprove: approval.allowed,
    approveBlockedReason: approval.reason,
    canRequestChanges: changes.allowed,
    requestChangesBlockedReason: changes.reason,
    canArchive: !refusalOf(() => checkMayArchive(user, card)),
    canDelete: !refusalOf(() => checkMayDelete(user, card, !!everApproved)),
    canClone: !refusalOf(() => requireCardAuthor(user, 'clone model cards')),
    canExport: true,
    quorum: pending ? { approvals, required: approvalsRequired(card.riskRating), rule: quorumRule(approvalsRequired(card.riskRating)) } : null,
  };
}
