// The dashboard's view as URL parameters (filters, sort, page) and the review policy's shape: one schema for the page, the CSV route and the admin form.
import { z } from 'zod';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import { MODEL_APPROVAL_STATUSES } from '@/lib/schemas/registry';
import { ZDayParam, ZText } from '@/lib/schemas/input-values';

export const DASHBOARD_FLAGS = [
  'review-overdue',
  'package-approved-card-not',
  'card-changed-since-approval',
  'card-never-approved',
  'no-card',
  'package-missing',
] as const;
export type TDashboardFlag = (typeof DASHBOARD_FLAGS)[number];

export const DASHBOARD_FLAG_LABELS: Record<TDashboardFlag, string> = {
  'review-overdue': 'Review overdue',
  'package-approved-card-not': 'Package approved, card not',
  'card-changed-since-approval': 'Card changed since approval',
  'card-never-approved': 'Card never approved',
  'no-card': 'No card',
  'package-missing': 'Linked package deleted',
};

export const DASHBOARD_KINDS = ['package', 'model', 'card'] as const;
export const DASHBOARD_SORT_KEYS = ['name', 'risk', 'status', 'lastApproved', 'nextReview'] as const;
export type TDashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];
export const DASHBOARD_PAGE_SIZE = 50;

const one = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value === '' ? undefined : value), schema);

export const ZDashboardQuery = z.object({
  q: one(ZText.trim().max(256).optional()),
  risk: one(z.enum([...RISK_RATINGS, 'none']).optional()),
  status: one(z.enum([...CARD_STATUSES, 'none']).optional()),
  approval: one(z.enum(MODEL_APPROVAL_STATUSES).optional()),
  flag: one(z.enum(DASHBOARD_FLAGS).optional()),
  kind: one(z.enum(DASHBOARD_KINDS).optional()),
  sort: one(z.enum(DASHBOARD_SORT_KEYS).default('nextReview')),
  order: one(z.enum(['asc', 'desc']).default('asc')),
  page: one(z.coerce.number().int().min(1).max(100000).default(1)),
  /** Judge "overdue" as of this day instead of now: what will be overdue by the end of the quarter. */
  asOf: one(ZDayParam.optional()),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

export type TDashboardParseResult = { ok: true; query: TDashboardQuery } | { ok: false; message: string };

export function parseDashboardQuery(params: Record<string, string | string[] | undefined>): TDashboardParseResult {
  const parsed = ZDashboardQuery.safeParse(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `${issue.path.join('.') || 'query'}: ${issue.message}` };
}

/** Months after an approval until the card is due for re-review, per risk rating. */
export type TReviewPolicy = Record<TRiskRating, number>;
export const DEFAULT_REVIEW_POLICY: TReviewPolicy = { High: 6, Medium: 12, Low: 24, Unknown: 12 };
const months = z.coerce
  .number({ message: 'Enter a whole number of months' })
  .int('Enter a whole number of months')
  .min(1, 'At least 1 month')
  .max(120, 'At most 120 months');
export const ZReviewPolicy = z.object({ High: months, Medium: months, Low: months, Unknown: months }).strict();
