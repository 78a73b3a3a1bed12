// One worker loop per server process: claim the oldest free job, render it, repeat; when there is none, purge expired events (at most hourly), announce reviews that fell due (at most each minute) and wait for the next poll or a nudge from a job created in this process.
import 'server-only';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { claimNextExportJob } from './claim-next-export-job';
import { runExportJob } from './run-export-job';
import { onExportNudge } from './export-nudge';
import { purgeExpiredEvents } from '@/lib/server/events/purge-expired-events';
import { announceOverdueReviews } from '@/lib/server/events/announce-overdue-reviews';

const DEFAULT_POLL_MS = 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
// Review-due dates are days apart; a minute late is on time, and the check is one query over the approval records.
const OVERDUE_CHECK_EVERY_MS = 60 * 1000;

export type ExportWorker = { id: string; stop: () => Promise<void> };

const holder = globalThis as typeof globalThis & { __cardinalExportWorker?: ExportWorker };

function pollMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_EXPORT_POLL_MS);
  return Number.isFinite(value) && value >= 50 ? value : DEFAULT_POLL_MS;
}

/** Starts this process's worker once (later calls return the same one); stop() lets the job in hand finish first. */
export function startExportWorker({ poll = pollMs() }: { poll?: number } = {}): ExportWorker {
  if (holder.__cardinalExportWorker) return holder.__cardinalExportWorker;
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let wake: (() => void) | null = null;
  const unsubscribe = onExportNudge(() => wake?.());
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
      try {
        const job = await claimNextExportJob({ workerId: id });
        if (job) {
          await runExportJob(job);
          continue;
        }
      } catch (error) {
        console.error('[export worker] claiming a job failed; retrying at the next poll', error);
      }
      if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purgeExpiredEvents().catch((error) => console.error('[export worker] purging expired events failed; trying again in an hour', error));
      }
      if (Date.now() - lastOverdueCheck >= OVERDUE_CHECK_EVERY_MS) {
        lastOverdueCheck = Date.now();
        await announceOverdueReviews().catch((error) => console.error('[export worker] announcing overdue reviews failed; trying again in a minute', error));
      }
      if (!stopped) await sleep();
    }
  })();
  const worker: ExportWorker = {
    id,
    stop: async () => {
      stopped = true;
      wake?.();
      unsubscribe();
      await loop;
      if (holder.__cardinalExportWorker === worker) holder.__cardinalExportWorker = undefined;
    },
  };
  holder.__cardinalExportWorker = worker;
  return worker;
}
