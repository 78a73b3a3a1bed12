// The registry lists' URL parameters (nameContains, createdAfter, createdBefore, sortBy, sortOrder, limit, cursor) read for the services, which check them.
import 'server-only';
import { AppError } from '@/lib/server/errors';
import { fromEpochSeconds } from '@/lib/sagemaker/protocol';
import type { RegistryListOptions } from './registry-list';
import type { TRegistrySortBy, TRegistrySortOrder } from './registry-dto';

function date(params: URLSearchParams, name: string): Date | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  // The same reading as SageMaker's timestamps: ISO 8601 with a zone (or a bare date), or epoch seconds, in years 0001-9999.
  const parsed = fromEpochSeconds(/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
  if (parsed === null)
    throw new AppError('INVALID_INPUT', `${name}: must be an ISO 8601 date and time with a zone, or epoch seconds, in years 0001-9999`, { path: name });
  return parsed;
}

export function parseRegistryListQuery(params: URLSearchParams): RegistryListOptions {
  const limit = params.get('limit');
  return {
    nameContains: params.get('nameContains') ?? undefined,
    createdAfter: date(params, 'createdAfter'),
    createdBefore: date(params, 'createdBefore'),
    sortBy: (params.get('sortBy') ?? undefined) as TRegistrySortBy | undefined,
    sortOrder: (params.get('sortOrder') ?? undefined) as TRegistrySortOrder | undefined,
    limit: limit === null ? undefined : Number(limit),
    cursor: params.get('cursor') ?? undefined,
  };
}
