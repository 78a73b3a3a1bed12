// Delivery policy in one place: retries after a failure at 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (later when the receiver's Retry-After asks), then given up; an endpoint failing everything for 5 days is turned off; time decisions read the webhook clock, which tests move.
import 'server-only';

export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000] as const;
/** The first attempt plus one per retry delay. */
export const MAX_ATTEMPTS_PER_ROUND = RETRY_DELAYS_MS.length + 1;
export const FAILING_DISABLE_MS = 5 * 24 * 3600_000;

/**
 * The wait before retry `round` (1 = after the first attempt): the schedule's, or longer when the receiver's Retry-After asked for
 * longer (a 429 or 503 that is rate limiting or in maintenance), though never longer than the schedule's longest step.
 */
export function retryDelayMs(round: number, retryAfterMs?: number): number {
  const scheduled = RETRY_DELAYS_MS[round - 1];
  if (retryAfterMs === undefined || !Number.isFinite(retryAfterMs)) return scheduled;
  return Math.max(scheduled, Math.min(retryAfterMs, Math.max(...RETRY_DELAYS_MS)));
}
export const ATTEMPT_LOG_RETENTION_DAYS = 30;

/**
 * Now, as delivery decisions (due, retry at, failing for 5 days, attempt time) see it. CARDINAL_TEST_CLOCK_OFFSET_MS moves
 * it for tests that run a worker in another process (never in production); in-process tests pass `now` instead. Leases stay on the database's clock.
 */
export function webhookNow(env: NodeJS.ProcessEnv = process.env): Date {
  if (env.NODE_ENV === 'production') return new Date();
  const offset = Number(env.CARDINAL_TEST_CLOCK_OFFSET_MS ?? 0);
  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
}

const DEFAULT_LEASE_SECONDS = 60;

/** A claimed delivery is free again this long after its claim (CARDINAL_WEBHOOK_LEASE_SECONDS); an attempt never outlasts it. */
export function deliveryLeaseSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_WEBHOOK_LEASE_SECONDS);
  return Number.isFinite(value) && value >= 1 ? value : DEFAULT_LEASE_SECONDS;
}

/** Deliveries one worker sends side by side (CARDINAL_WEBHOOK_CONCURRENCY, default 8). */
export function deliveryConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_WEBHOOK_CONCURRENCY);
  return Number.isInteger(value) && value >= 1 && value <= 64 ? value : 8;
}

/** A Date as a SQL parameter PGlite and PostgreSQL both compare with Prisma's UTC timestamps without zone. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
