// How long a card has waited for review, in the words a queue uses ("3 days", "5 hours"); plain arithmetic so server and browser agree.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function waitingTime(since: Date, now: number): string {
  const elapsed = Math.max(0, now - since.getTime());
  if (elapsed < MINUTE) return 'under a minute';
  if (elapsed < HOUR) return unit(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return unit(Math.floor(elapsed / HOUR), 'hour');
  return unit(Math.floor(elapsed / DAY), 'day');
}
