// What a model card, a version, a review and a status change look like when they leave the server: plain objects chosen with `select`, dates as Date.
import 'server-only';
import type { TModelCardContent, TRiskRating } from '@/lib/schemas/model-card-content';

import type { TCardStatus } from '@/lib/schemas/card-status';

export { CARD_STATUSES } from '@/lib/schemas/card-status';
export type { TCardStatus };
export type TReviewDecision = 'Approved' | 'ChangesRequested';

export const USER_REF_SELECT = { id: true, name: true, email: true } as const;
export type UserRef = { id: string; name: string; email: string };

export const CARD_SELECT = {
  id: true,
  name: true,
  status: true,
  latestVersion: true,
  riskRating: true,
  modelId: true,
  modelPackageArn: true,
  owner: { select: USER_REF_SELECT },
  createdBy: { select: USER_REF_SELECT },
  createdAt: true,
  updatedBy: { select: USER_REF_SELECT },
  updatedAt: true,
  clonedFromName: true,
  clonedFromVersion: true,
} as const;

/** CARD_SELECT with the three people as ids: a list reads them in one lookup (withPeople) instead of one per relation. */
export const CARD_ROW_SELECT = {
  ...CARD_SELECT,
  owner: false,
  createdBy: false,
  updatedBy: false,
  ownerId: true,
  createdById: true,
  updatedById: true,
} as const;

/** One card as the hub, the card page and the APIs show it; riskRating, modelId and modelPackageArn come from the latest content. */
export type CardDto = {
  id: string;
  name: string;
  status: TCardStatus;
  latestVersion: number;
  riskRating: TRiskRating;
  modelId: string | null;
  modelPackageArn: string | null;
  owner: UserRef;
  createdBy: UserRef;
  createdAt: Date;
  updatedBy: UserRef;
  updatedAt: Date;
  clonedFromName: string | null;
  clonedFromVersion: number | null;
};

export const REVIEW_SELECT = {
  id: true,
  version: true,
  contentHash: true,
  reviewer: { select: USER_REF_SELECT },
  decision: true,
  comment: true,
  createdAt: true,
} as const;

export type ReviewDto = {
  id: string;
  version: number;
  contentHash: string;
  reviewer: UserRef;
  decision: TReviewDecision;
  comment: string | null;
  createdAt: Date;
};

export const STATUS_CHANGE_SELECT = {
  id: true,
  version: true,
  contentHash: true,
  fromStatus: true,
  toStatus: true,
  actor: { select: USER_REF_SELECT },
  comment: true,
  createdAt: true,
} as const;

/** fromStatus is null for the Draft a card starts in. */
export type StatusChangeDto = {
  id: string;
  version: number;
  contentHash: string;
  fromStatus: TCardStatus | null;
  toStatus: TCardStatus;
  actor: UserRef;
  comment: string | null;
  createdAt: Date;
};

export const VERSION_SUMMARY_SELECT = {
  version: true,
  contentHash: true,
  author: { select: USER_REF_SELECT },
  createdAt: true,
} as const;

/** A row of the version history; status is the last status this version had (the card's status for the latest one). */
export type VersionSummaryDto = {
  version: number;
  contentHash: string;
  author: UserRef;
  createdAt: Date;
  status: TCardStatus;
  reviews: ReviewDto[];
};

/** One version in full: `contentText` is the JSON exactly as saved (API clients get their bytes back), `content` the same parsed. */
export type VersionDto = Omit<VersionSummaryDto, 'reviews'> & {
  card: CardDto;
  isLatest: boolean;
  contentText: string;
  content: TModelCardContent;
  reviews: ReviewDto[];
  statusChanges: StatusChangeDto[];
};

/** A version in full but for its content: everything a PDF prints besides the content, which its contentHash stands for. */
export type VersionHeadDto = Omit<VersionDto, 'contentText' | 'content'>;

/** What a content write returns: the card after the write and the version it created. */
export type SavedVersionDto = { card: CardDto; version: number; contentHash: string };

export type Page<T> = { items: T[]; nextCursor: string | null };
