// One worker loop per server process for all background work: each turn it claims what is due with row locks, runs an export job and starts webhook deliveries (several side by side); when nothing was due it purges expired events and delivery logs (at most hourly), announces reviews that fell due (at most each minute) and waits for the next poll or a nudge.
import 'server-only';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { claimNextExportJob } from '@/lib/server/exports/claim-next-export-job';
import { runExportJob } from '@/lib/server/exports/run-export-job';
import { claimDueDeliveries } from '@/lib/server/webhooks/claim-due-deliveries';
import { runDeliveryAttempt } from '@/lib/server/webhooks/run-delivery-attempt';
import { deliveryConcurrency, webhookNow } from '@/lib/server/webhooks/delivery-rules';
import { purgeExpiredEvents } from '@/lib/server/events/purge-expired-events';
import { announceOverdueReviews } from '@/lib/server/events/announce-overdue-reviews';
import { onWorkerNudge } from './worker-nudge';

const DEFAULT_POLL_MS = 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
// Review-due dates are days apart; a minute late is on time, and the check is one query over the approval records.
const OVERDUE_CHECK_EVERY_MS = 60 * 1000;

export type Worker = { id: string; stop: () => Promise<void> };

type WorkerOptions = {
  poll?: number;
  /** The clock delivery decisions read (tests move it); leases stay on the database's clock. */
  now?: () => Date;
};

const holder = globalThis as typeof globalThis & { __cardinalWorker?: Worker };

function pollMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_WORKER_POLL_MS ?? env.CARDINAL_EXPORT_POLL_MS);
  return Number.isFinite(value) && value >= 50 ? value : DEFAULT_POLL_MS;
}

/** Starts this process's worker once (later calls return the same one); stop() lets the work in hand finish first. */
export function startWorker({ poll = pollMs(), now = webhookNow }: WorkerOptions = {}): Worker {
  if (holder.__cardinalWorker) return holder.__cardinalWorker;
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let wake: (() => void) | null = null;
  // A wake-up while the loop is busy is kept, so the next sleep returns at once instead of missing it.
  let wakeRequested = false;
  const wakeUp = () => {
    if (wake) wake();
    else wakeRequested = true;
  };
  const unsubscribe = onWorkerNudge(wakeUp);
  const sleep = () =>
    new Promise<void>((resolve) => {
      if (wakeRequested) return resolve();
      const timer = setTimeout(done, poll);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  // Deliveries run beside the loop, up to deliveryConcurrency() at once: a slow receiver holds one slot, not the loop.
  const sending = new Set<Promise<unknown>>();
  async function runDueExportJob(): Promise<boolean> {
    const job = await claimNextExportJob({ workerId: id });
    if (!job) return false;
    await runExportJob(job);
    return true;
  }
  async function startDueDeliveries(): Promise<boolean> {
    const free = deliveryConcurrency() - sending.size;
    if (free <= 0) return false;
    const claims = await claimDueDeliveries({ workerId: id, limit: free, now: now() });
    for (const claim of claims) {
      const attempt = runDeliveryAttempt(claim, { now })
        .catch((error) => console.error(`[worker] delivery ${claim.id} failed; its lease runs out and it is tried again`, error))
        .finally(() => {
          sending.delete(attempt);
          // A free slot: look for more at once rather than at the next poll.
          wakeUp();
        });
      sending.add(attempt);
    }
    return claims.length > 0;
  }
  const work: [string, () => Promise<boolean>][] = [
    ['export job', runDueExportJob],
    ['webhook delivery', startDueDeliveries],
  ];
  let lastPurge = 0;
  let lastOverdueCheck = 0;
  const loop = (async () => {
    while (!stopped) {
      wakeRequested = false;
      let found = false;
      for (const [name, runDue] of work) {
        if (stopped) break;
        try {
          if (await runDue()) found = true;
        } catch (error) {
          console.error(`[worker] claiming or running a ${name} failed; retrying at the next poll`, error);
        }
      }
      if (found) continue;
      if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purgeExpiredEvents().catch((error) => console.error('[worker] purging expired events failed; trying again in an hour', error));
      }
      if (Date.now() - lastOverdueCheck >= OVERDUE_CHECK_EVERY_MS) {
        lastOverdueCheck = Date.now();
        await announceOverdueReviews().catch((error) => console.error('[worker] announcing overdue reviews failed; trying again in a minute', error));
      }
      if (!stopped) await sleep();
    }
    await Promise.all(sending);
  })();
  const worker: Worker = {
    id,
    stop: async () => {
      stopped = true;
      wakeUp();
      unsubscribe();
      await loop;
      if (holder.__cardinalWorker === worker) holder.__cardinalWorker = undefined;
    },
  };
  holder.__cardinalWorker = worker;
  return worker;
}
