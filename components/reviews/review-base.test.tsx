// What the review screen compares against, how timeline entries read, and how long a card has waited.
import { describe, expect, it } from 'vitest';
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';
import { describeTimelineEntry } from '@/components/model-cards/history/timeline-text';
import { reviewBase } from './review-base';
import { waitingTime } from './waiting-time';

const person = { id: 'u1', name: 'Rae Reviewer', email: 'rae@example.com' };
let next = 0;
function entry(version: number, change: TimelineEntryDto['change'], decision: TimelineEntryDto['decision'] = null): TimelineEntryDto {
  next += 1;
  return { id: `e${next}`, at: new Date(Date.UTC(2026, 0, 1, 0, next)), version, contentHash: 'a'.repeat(64), actor: person, comment: null, decision, change };
}

describe('reviewBase', () => {
  it('is none for a first review', () => {
    expect(reviewBase([entry(1, { from: 'Draft', to: 'PendingReview' }), entry(1, { from: null, to: 'Draft' })], 1)).toBeNull();
  });

  it('is the version sent back when nothing was ever approved', () => {
    const entries = [entry(3, { from: 'Draft', to: 'PendingReview' }), entry(2, { from: 'PendingReview', to: 'Draft' }, 'ChangesRequested'), entry(1, { from: 'PendingReview', to: 'Draft' }, 'ChangesRequested')];
    expect(reviewBase(entries, 3)).toEqual({ version: 2, reason: 'changes-requested' });
  });

  it('prefers the last approved version, even when a later one was sent back', () => {
    const entries = [entry(4, { from: 'PendingReview', to: 'Draft' }, 'ChangesRequested'), entry(2, { from: 'PendingReview', to: 'Approved' }, 'Approved'), entry(1, { from: 'PendingReview', to: 'Approved' }, 'Approved')];
    expect(reviewBase(entries, 5)).toEqual({ version: 2, reason: 'approved' });
  });

  it('is none when the latest version itself was approved (archived after approval, say)', () => {
    expect(reviewBase([entry(3, { from: 'Approved', to: 'Archived' }), entry(3, { from: 'PendingReview', to: 'Approved' }, 'Approved')], 3)).toBeNull();
  });
});

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

describe('waitingTime', () => {
  it('counts whole minutes, hours and days', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    const at = (ms: number) => waitingTime(since, since.getTime() + ms);
    expect(at(30_000)).toBe('under a minute');
    expect(at(60_000)).toBe('1 minute');
    expect(at(3 * 3_600_000 + 59 * 60_000)).toBe('3 hours');
    expect(at(2 * 86_400_000)).toBe('2 days');
    expect(at(-5_000)).toBe('under a minute');
  });
});
