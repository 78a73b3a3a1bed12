// TanStack Query keys, one factory per domain, so invalidating a domain reaches every query of it.
import type { TCardListQuery } from '@/lib/schemas/card-list-query';

export const cardKeys = {
  all: ['model-cards'] as const,
  lists: () => [...cardKeys.all, 'list'] as const,
  /** `back` is the hub's navigation state, not part of what is fetched. */
  list: (query: TCardListQuery) => [...cardKeys.lists(), { ...query, back: undefined }] as const,
};

export const exportKeys = {
  all: ['export-jobs'] as const,
  job: (id: string) => [...exportKeys.all, 'job', id] as const,
};

export const reviewKeys = {
  all: ['reviews'] as const,
  count: () => [...reviewKeys.all, 'count'] as const,
};
