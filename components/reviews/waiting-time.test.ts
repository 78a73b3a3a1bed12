// How long a card has waited for review, as the queue says it.
import { describe, expect, it } from 'vitest';
import { waitingTime } from './waiting-time';

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
