// The audit trail's filters as URL parameters: one schema read by the Audit trail page and GET /api/v1/audit-events.
import { z } from 'zod';
import { plainMessage } from '@/lib/schemas/validation-error';
import { ZCursor, ZDateParam, ZText, dateBound } from '@/lib/schemas/input-values';

/** What an audit event can be about, with the name the console shows for it. */
export const AUDIT_TARGET_TYPES = {
  model_card: 'Model card',
  model_package_group: 'Package group',
  model_package: 'Package version',
  model: 'Model',
  training_job: 'Training job',
  webhook: 'Webhook',
  user: 'User',
  access_key: 'Access key',
  setting: 'Setting',
} as const;
export type TAuditTargetType = keyof typeof AUDIT_TARGET_TYPES;

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 100;

const ZAuditTrailQuery = z
  .object({
    /** The target's name, exactly: a card, package group (or group/version), model, training job, webhook, user's email. */
    target: ZText.trim().max(256).optional(),
    /** The email of the person (or access key's owner) who made the change; emails are stored lower-cased. */
    person: ZText.trim()
      .max(254)
      .transform((value) => value.toLowerCase())
      .optional(),
    kind: z.enum(Object.keys(AUDIT_TARGET_TYPES) as [TAuditTargetType, ...TAuditTargetType[]]).optional(),
    from: ZDateParam.optional(),
    to: ZDateParam.optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_MAX_PAGE_SIZE).default(AUDIT_PAGE_SIZE),
    cursor: ZCursor.optional(),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && dateBound(query.from, 'from') > dateBound(query.to, 'to')) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });
export type TAuditTrailQuery = z.output<typeof ZAuditTrailQuery>;

/** URLSearchParams or Next's searchParams → the first non-empty value of each parameter, as URLSearchParams.get reads it. */
function firstValues(input: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries =
    input instanceof URLSearchParams ? [...input] : Object.entries(input).flatMap(([key, value]) => [value ?? []].flat().map((item) => [key, item]));
  const params: Record<string, string> = {};
  for (const [key, value] of entries) if (value.trim() !== '' && params[key] === undefined) params[key] = value;
  return params;
}

/** Parses the parameters; a bad one is named by its parameter name, e.g. `kind: must be one of …`. */
export function parseAuditTrailQuery(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; query: TAuditTrailQuery } | { ok: false; path: string; message: string } {
  const result = ZAuditTrailQuery.safeParse(firstValues(input), { error: plainMessage });
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0];
  const path = String(issue.path[0] ?? 'query');
  return { ok: false, path, message: `${path}: ${issue.message}` };
}

/** The filters of a query as URL parameters, for links to other pages of the same view. */
export function auditTrailSearch(query: Partial<Record<'target' | 'person' | 'kind' | 'from' | 'to' | 'cursor', string>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['target', 'person', 'kind', 'from', 'to', 'cursor'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
