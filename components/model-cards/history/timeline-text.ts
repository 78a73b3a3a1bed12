// How a timeline entry reads ("requested changes to version 2"): one wording for the card page, the review screen and the version history.
import { STATUS_LABELS } from '@/components/model-cards/status-labels';
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';

export function describeTimelineEntry(entry: TimelineEntryDto): string {
  const version = `version ${entry.version}`;
  if (!entry.change) return `approved ${version}; it waits for another approval`;
  const { from, to } = entry.change;
  if (entry.decision === 'Approved') return `approved ${version}`;
  if (entry.decision === 'ChangesRequested') return `requested changes to ${version}`;
  if (from === null) return `created the card (${version}, Draft)`;
  if (to === 'PendingReview') return `submitted ${version} for review`;
  if (to === 'Archived') return `archived the card at ${version}`;
  if (to === 'Draft') return `saved ${version}, which moved the card from ${STATUS_LABELS[from]} back to Draft`;
  return `moved ${version} from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}`;
}

/** The dot's colour says what kind of event it was; the words say it too. */
export function timelineTone(entry: TimelineEntryDto): string {
  if (entry.decision === 'Approved') return 'bg-success';
  if (entry.decision === 'ChangesRequested') return 'bg-danger';
  if (entry.change?.to === 'PendingReview') return 'bg-warning';
  return 'bg-muted/60';
}
