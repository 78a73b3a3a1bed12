// Everything the card page shows, read with the card row read once: the latest version, the newest versions for the selector, what this user may do, the timeline, and what the card documents.
import 'server-only';
import { hasRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { getCard } from '@/lib/server/model-cards/get-card';
import { versionOf } from '@/lib/server/model-cards/get-version';
import { versionPageOf } from '@/lib/server/model-cards/list-versions';
import { permissionsOf } from '@/lib/server/model-cards/get-card-permissions';
import type { CardPermissionsDto } from '@/lib/server/model-cards/get-card-permissions';
import { timelineOf } from '@/lib/server/model-cards/get-card-timeline';
import type { TimelineDto } from '@/lib/server/model-cards/get-card-timeline';
import type { CardDto, VersionDto, VersionSummaryDto } from '@/lib/server/model-cards/card-dto';
import { getCardSubject } from '@/lib/server/registry/get-card-subject';
import type { CardSubjectDto } from '@/lib/server/registry/get-card-subject';

/** How many versions the header's selector lists; the version history page has them all. */
const SELECTOR_VERSIONS = 20;

export type CardScreenDto = {
  card: CardDto;
  version: VersionDto;
  /** The newest versions, newest first. */
  versions: VersionSummaryDto[];
  permissions: CardPermissionsDto;
  timeline: TimelineDto;
  /** Reviewers get a link to the review screen while the card waits for review. */
  showReviewLink: boolean;
  /** The package version or model the card documents, with the package's approval. */
  subject: CardSubjectDto;
};

export async function getCardScreen({ actor, name }: { actor: Actor | null; name: string }): Promise<CardScreenDto> {
  const user = requireCardReader(actor);
  const card = await getCard({ actor: user, name });
  const [version, versions, permissions, timeline, subject] = await Promise.all([
    versionOf(card, card.latestVersion),
    versionPageOf(card, { order: 'desc', size: SELECTOR_VERSIONS }),
    permissionsOf(user, { ...card, ownerId: card.owner.id }),
    timelineOf(card.id),
    getCardSubject({ actor: user, cardId: card.id }),
  ]);
  return { card, version, versions: versions.items, permissions, timeline, showReviewLink: hasRole(user, 'reviewer'), subject };
}
