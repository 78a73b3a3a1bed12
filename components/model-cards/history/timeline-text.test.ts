// How timeline entries read.
import { describe, expect, it } from 'vitest';
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';
import { describeTimelineEntry } from './timeline-text';

const person = { id: 'u1', name: 'Rae Reviewer', email: 'rae@example.com' };
let next = 0;
function entry(version: number, change: TimelineEntryDto['change'], decision: TimelineEntryDto['decision'] = null): TimelineEntryDto {
  next += 1;
  return { id: `e${next}`, at: new Date(Date.UTC(2026, 0, 1, 0, next)), version, contentHash: 'a'.repeat(64), actor: person, comment: null, decision, change };
}

describe('describeTimelineEntry', () => {
  it('words each kind of event', () => {
    expect(describeTimelineEntry(entry(1, { from: null, to: 'Draft' }))).toBe('created the card (version 1, Draft)');
    expect(describeTimelineEntry(entry(2, { from: 'Draft', to: 'PendingReview' }))).toBe('submitted version 2 for review');
    expect(describeTimelineEntry(entry(2, { from: 'PendingReview', to: 'Draft' }, 'ChangesRequested'))).toBe('requested changes to version 2');
    expect(describeTimelineEntry(entry(2, null, 'Approved'))).toBe('approved version 2; it waits for another approval');
    expect(describeTimelineEntry(entry(3, { from: 'Approved', to: 'Draft' }))).toBe('saved version 3, which moved the card from Approved back to Draft');
    expect(describeTimelineEntry(entry(3, { from: 'Approved', to: 'Archived' }))).toBe('archived the card at version 3');
  });
});
