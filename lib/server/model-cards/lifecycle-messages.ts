// What a person reads after a lifecycle step and about the approval quorum, worded once here for the services, the actions and the screens (the refusals live with their checks in card-rules and review-checks).
import 'server-only';
import type { TRiskRating } from '@/lib/schemas/model-card-content';

type Named = { name: string };

export function submittedMessage(card: Named & { latestVersion: number }): string {
  return `Version ${card.latestVersion} of ${card.name} is submitted for review.`;
}

export function reReviewStartedMessage(card: Named & { latestVersion: number }): string {
  return `Version ${card.latestVersion} of ${card.name} is back in review for its re-review; approving it again restarts its review period.`;
}

export function approvalRecordedMessage(card: Named & { riskRating: TRiskRating }, version: number): string {
  return `Your approval of version ${version} is recorded. ${card.name} is rated ${card.riskRating} risk, so it stays pending review, waiting for a second reviewer.`;
}

export function approvedMessage(card: Named, version: number): string {
  return `Version ${version} of ${card.name} is approved.`;
}

export function changesRequestedMessage(card: Named): string {
  return `${card.name} is back in Draft; the author sees your comment on its timeline.`;
}

export function archivedMessage(card: Named): string {
  return `${card.name} is archived. It can still be read, compared and exported.`;
}

export function deletedMessage(card: Named): string {
  return `${card.name} is deleted.`;
}

/** The quorum rule as the card page and the review screen state it, for the number of approvals a risk rating needs (approvalsRequired). */
export function quorumRule(required: number): string {
  return required > 1 ? 'High risk needs two different reviewers.' : 'One reviewer who did not author this version approves it.';
}
