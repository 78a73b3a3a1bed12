// The newest version that was ever approved, read from the card's status changes (it may be Archived or superseded since): what "since last approved" compares against.
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';

export function lastApprovedVersion(entries: TimelineEntryDto[]): number | null {
  const approved = entries.filter((entry) => entry.change?.to === 'Approved').map((entry) => entry.version);
  return approved.length ? Math.max(...approved) : null;
}
