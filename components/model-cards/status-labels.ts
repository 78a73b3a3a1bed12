// How a status reads in the console: badges, the hub's counts and the timeline.
import type { TCardStatus } from '@/lib/schemas/card-status';

export const STATUS_LABELS: Record<TCardStatus, string> = { Draft: 'Draft', PendingReview: 'Pending review', Approved: 'Approved', Archived: 'Archived' };
