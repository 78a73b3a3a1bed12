import { DASHBOARD_FLAG_LABELS } from '@/lib/schemas/dashboard-query';
import type { TDashboardFlag } from '@/lib/schemas/dashboard-query';

/** What needs a person's attention first reads as danger; what is merely missing reads as a warning. */
const TONES: Record<TDashboardFlag, string> = {
  'review-overdue': 'bg-danger-soft text-danger',
  'package-approved-card-not': 'bg-danger-soft text-danger',
  'card-changed-since-approval': 'bg-warning-soft text-warning',
  'card-never-approved': 'bg-sunken text-fg',
  'no-card': 'bg-warning-soft text-warning',
  'package-missing': 'bg-danger-soft text-danger',
};

export function FlagBadge({ flag }: { flag: TDashboardFlag }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONES[flag]}`}>
      {DASHBOARD_FLAG_LABELS[flag]}
    </span>
  );
}
