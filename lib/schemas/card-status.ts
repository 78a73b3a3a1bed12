// A card's lifecycle statuses and the keys the hub sorts by: one list for the browser, the services and the APIs.
export const CARD_STATUSES = ['Draft', 'PendingReview', 'Approved', 'Archived'] as const;
export type TCardStatus = (typeof CARD_STATUSES)[number];

export const CARD_SORT_KEYS = ['name', 'createdAt', 'updatedAt'] as const;
export type TCardSortKey = (typeof CARD_SORT_KEYS)[number];
