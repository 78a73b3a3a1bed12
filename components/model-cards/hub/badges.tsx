import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import type { TCardStatus, TRiskRating } from '@/lib/schemas/card-list-query';

const STATUS_TONES: Record<TCardStatus, string> = {
  Draft: 'bg-sunken text-fg',
  PendingReview: 'bg-warning-soft text-warning',
  Approved: 'bg-success-soft text-success',
  Archived: 'bg-sunken text-muted',
};

/** Shared with the hub's risk toggles, so a rating has one colour everywhere. */
export const RISK_DOTS: Record<TRiskRating, string> = { High: 'bg-danger', Medium: 'bg-warning', Low: 'bg-success', Unknown: 'bg-muted/50' };

const BADGE = 'inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium';

export function StatusBadge({ status }: { status: TCardStatus }) {
  return <span className={`${BADGE} ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** Outlined with a dot, so it never reads as a status; the word says the rating and the colour only repeats it. */
export function RiskBadge({ risk }: { risk: TRiskRating }) {
  return (
    <span className={`${BADGE} gap-1.5 border border-line ${risk === 'Unknown' ? 'text-muted' : 'text-fg'}`}>
      <span aria-hidden className={`size-1.5 rounded-full ${RISK_DOTS[risk]}`} />
      {risk}
    </span>
  );
}
