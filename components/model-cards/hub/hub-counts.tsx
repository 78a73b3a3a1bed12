'use client';

import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import { CARD_STATUSES } from '@/lib/schemas/card-status';
import type { TCardListQuery, TCardStatus } from '@/lib/schemas/card-list-query';
import type { TCardListResponse } from '@/lib/server/screens/hub-list';
import { RISK_DOTS } from './badges';
import type { ViewUpdate } from './use-card-list';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';

const STATUS_DOTS: Record<TCardStatus, string> = { Draft: 'bg-muted', PendingReview: 'bg-warning', Approved: 'bg-success', Archived: 'bg-muted/50' };

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function CountToggle({ label, count, dot, pressed, onToggle }: { label: string; count: number | null; dot: string; pressed: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className={`inline-flex items-center gap-2 rounded-lg border px-2.5 py-1.5 text-sm transition-colors ${
        pressed ? 'border-accent bg-accent/10 text-fg ring-1 ring-accent' : 'border-line bg-surface text-fg hover:bg-sunken'
      }`}
    >
      <span aria-hidden className={`size-2 shrink-0 rounded-full ${dot}`} />
      <span>{label}</span>{' '}
      <span
        className={`min-w-6 rounded-md px-1.5 text-center text-xs font-semibold tabular-nums ${pressed ? 'bg-accent text-on-accent' : 'bg-sunken text-muted'}`}
      >
        {count === null ? '–' : count.toLocaleString('en-US')}
      </span>
    </button>
  );
}

/**
 * Counts by status and by risk; each is a filter that one click turns on or off. The counts are
 * faceted (a status count ignores the status filter), so a chosen status still shows what adding
 * another would bring.
 */
export function HubCounts({
  counts,
  query,
  onChange,
}: {
  counts: TCardListResponse['counts'] | null;
  query: TCardListQuery;
  onChange: (update: ViewUpdate) => void;
}) {
  return (
    // Each group keeps its chips on one line while the row has room, and moves below the other as a whole when it has not.
    <div className="flex flex-wrap gap-x-6 gap-y-3">
      <div role="group" aria-labelledby="status-counts-label" className="flex flex-wrap items-center gap-2">
        <span id="status-counts-label" className="w-14 text-xs font-medium uppercase tracking-wide text-muted">
          Status
        </span>
        {CARD_STATUSES.map((status) => (
          <CountToggle
            key={status}
            label={STATUS_LABELS[status]}
            count={counts?.byStatus[status] ?? null}
            dot={STATUS_DOTS[status]}
            pressed={query.status.includes(status)}
            onToggle={() => onChange((current) => ({ ...current, status: toggle(current.status, status) }))}
          />
        ))}
      </div>
      <div role="group" aria-labelledby="risk-counts-label" className="flex flex-wrap items-center gap-2">
        <span id="risk-counts-label" className="w-14 text-xs font-medium uppercase tracking-wide text-muted">
          Risk
        </span>
        {RISK_RATINGS.map((risk) => (
          <CountToggle
            key={risk}
            label={risk}
            count={counts?.byRisk[risk] ?? null}
            dot={RISK_DOTS[risk]}
            pressed={query.risk.includes(risk)}
            onToggle={() => onChange((current) => ({ ...current, risk: toggle(current.risk, risk) }))}
          />
        ))}
      </div>
    </div>
  );
}
