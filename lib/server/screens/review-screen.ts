// Everything the review screen shows, with the card row read once: the version waiting, who submitted it, this reviewer's decision options, the history, and the changes since what the review compares against.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { getCard } from '@/lib/server/model-cards/get-card';
import { versionOf } from '@/lib/server/model-cards/get-version';
import { permissionsOf } from '@/lib/server/model-cards/get-card-permissions';
import type { CardPermissionsDto } from '@/lib/server/model-cards/get-card-permissions';
import { timelineOf } from '@/lib/server/model-cards/get-card-timeline';
import type { TimelineDto } from '@/lib/server/model-cards/get-card-timeline';
import { compareVersionsOf } from '@/lib/server/model-cards/diff-versions';
import type { VersionDiffDto } from '@/lib/server/model-cards/diff-versions';
import { reviewBaseOf } from '@/lib/server/model-cards/review-base';
import type { ReviewBaseDto } from '@/lib/server/model-cards/review-base';
import { USER_REF_SELECT } from '@/lib/server/model-cards/card-dto';
import type { CardDto, UserRef, VersionDto } from '@/lib/server/model-cards/card-dto';

export type ReviewScreenDto = {
  card: CardDto;
  /** The latest version: the one a decision applies to. */
  version: VersionDto;
  /** The latest submission of that version, if it was submitted. */
  submitted: { by: UserRef; at: Date } | null;
  permissions: CardPermissionsDto;
  timeline: TimelineDto;
  /** What the changes are shown against, and that comparison; both null for a first review. */
  base: ReviewBaseDto | null;
  comparison: VersionDiffDto | null;
};

export async function getReviewScreen({ actor, name }: { actor: Actor | null; name: string }): Promise<ReviewScreenDto> {
  const user = requireCardReader(actor);
  const card = await getCard({ actor: user, name });
  const [version, submission, permissions, timeline, base] = await Promise.all([
    versionOf(card, card.latestVersion),
    getDb().cardStatusChange.findFirst({
      where: { cardId: card.id, version: card.latestVersion, toStatus: 'PendingReview' },
      orderBy: { createdAt: 'desc' },
      select: { actor: { select: USER_REF_SELECT }, createdAt: true },
    }),
    permissionsOf(user, { ...card, ownerId: card.owner.id }),
    timelineOf(card.id),
    reviewBaseOf(card),
  ]);
  const comparison = base ? await compareVersionsOf(card, { from: base.version, to: card.latestVersion }) : null;
  return { card, version, submitted: submission ? { by: submission.actor, at: submission.createdAt } : null, permissions, timeline, base, comparison };
}
