// The lease rule shared by claim and renew: a claim lives CARDINAL_EXPORT_LEASE_SECONDS (default 30) past its last renewal, on the database's clock so instances' clocks never disagree about it.
import 'server-only';
import { Prisma } from '@/lib/server/generated/prisma/client';

/** Timestamps are stored as UTC without a zone (Prisma's convention); now() is turned into the same. */
export const DB_NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * Renders run in a child process, so the worker renews its lease every lease/3 however long a render takes: the lease
 * only has to outlast a stalled database round trip, and a stopped instance's job is taken over within 30 s.
 */
const DEFAULT_LEASE_SECONDS = 30;

export function leaseSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_EXPORT_LEASE_SECONDS);
  return Number.isFinite(value) && value >= 1 ? value : DEFAULT_LEASE_SECONDS;
}

/** A worker renews its lease this often while it renders, well inside the lease. */
export function renewEveryMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(250, (leaseSeconds(env) * 1000) / 3);
}
