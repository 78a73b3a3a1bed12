import Link from 'next/link';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import type { TCardStatus, TRiskRating } from '@/lib/schemas/card-list-query';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';

const BADGE = 'inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium';

const APPROVAL: Record<TModelApprovalStatus, { label: string; tone: string }> = {
  PendingManualApproval: { label: 'Pending approval', tone: 'bg-warning-soft text-warning' },
  Approved: { label: 'Approved', tone: 'bg-success-soft text-success' },
  Rejected: { label: 'Rejected', tone: 'bg-danger-soft text-danger' },
};

export function approvalLabel(status: TModelApprovalStatus): string {
  return APPROVAL[status].label;
}

/** A package version's approval, in words; SageMaker's value is on hover. */
export function ApprovalBadge({ status }: { status: TModelApprovalStatus }) {
  const { label, tone } = APPROVAL[status];
  return (
    <span className={`${BADGE} ${tone}`} title={status}>
      {label}
    </span>
  );
}

export function ChangedSinceApproval() {
  return <span className={`${BADGE} border border-warning/50 text-warning`}>Card changed since approval</span>;
}

/** The card that documents a package version or a model: its name, status and risk. */
export function DocumentingCard({ card }: { card: { name: string; status: TCardStatus; risk?: TRiskRating } }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Link
        href={`/model-cards/${encodeURIComponent(card.name)}`}
        className="break-all font-medium text-fg underline-offset-2 hover:text-accent hover:underline"
      >
        {card.name}
      </Link>
      <StatusBadge status={card.status} />
      {card.risk ? <RiskBadge risk={card.risk} /> : null}
    </span>
  );
}
