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

export function formatDateTime(value: Date | string): string {
  return `${DATE_TIME.format(typeof value === 'string' ? new Date(value) : value)} UTC`;
}
