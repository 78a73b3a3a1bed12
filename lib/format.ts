// Times read the same on the server and in every browser: UTC, day-month-year, 24-hour, so audit records are unambiguous.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** To the second, ISO-like (`2026-11-02 09:30:00 UTC`): for messages and the PDF, where records are compared exactly. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatDateTime(value: Date | string): string {
  return `${DATE_TIME.format(typeof value === 'string' ? new Date(value) : value)} UTC`;
}
