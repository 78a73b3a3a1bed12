// What a review compares against: the last approved version; before any approval, the last version a reviewer sent back (so a resubmission shows what was fixed); none for a first review.
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';
import { lastApprovedVersion } from '@/components/model-cards/history/last-approved';

export type ReviewBase = { version: number; reason: 'approved' | 'changes-requested' };

export function reviewBase(entries: TimelineEntryDto[], latest: number): ReviewBase | null {
  const approved = lastApprovedVersion(entries);
  if (approved !== null) return approved < latest ? { version: approved, reason: 'approved' } : null;
  const sentBack = entries.filter((entry) => entry.decision === 'ChangesRequested' && entry.version < latest).map((entry) => entry.version);
  return sentBack.length ? { version: Math.max(...sentBack), reason: 'changes-requested' } : null;
}
