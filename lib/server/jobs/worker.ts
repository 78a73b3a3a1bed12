// One worker loop per server process for all background work: each turn it claims what is due with row locks (an export job, a batch of webhook deliveries) and runs it; when nothing was due it purges expired events and delivery logs (at most hourly), announces reviews that fell due (at most each minute) and waits for the next poll or a nudge.
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

/** One kind of background work: claims what is due and runs it; true when it found something. */
type WorkKind = { name: string; runDue: (workerId: string, options: Required<WorkerOptions>) => Promise<boolean> };

const WORK: WorkKind[] = [
  {
    name: 'export job',
    runDue: async (workerId) => {
      const job = await claimNextExportJob({ workerId });
      if (!job) return false;
      await runExportJob(job);
      return true;
    },
  },
  {
    name: 'webhook delivery',
    runDue: async (workerId, { now }) => {
      // A batch is sent side by side so one slow receiver does not hold up every other endpoint.
      const claims = await claimDueDeliveries({ workerId, limit: deliveryConcurrency(), now: now() });
      await Promise.all(claims.map((claim) => runDeliveryAttempt(claim, { now })));
      return claims.length > 0;
    },
  },
];

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
  const unsubscribe = onWorkerNudge(() => wake?.());
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, poll);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  let lastPurge = 0;
  let lastOverdueCheck = 0;
  const loop = (async () => {
    while (!stopped) {
      let found = false;
      for (const kind of WORK) {
        if (stopped) break;
        try {
          if (await kind.runDue(id, { poll, now })) found = true;
        } catch (error) {
          console.error(`[worker] claiming or running a ${kind.name} failed; retrying at the next poll`, error);
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
  })();
  const worker: Worker = {
    id,
    stop: async () => {
      stopped = true;
      wake?.();
      unsubscribe();
      await loop;
      if (holder.__cardinalWorker === worker) holder.__cardinalWorker = undefined;
    },
  };
  holder.__cardinalWorker = worker;
  return worker;
}
