// One export worker as its own OS process, as one app instance runs it: `DATABASE_URL=… tsx --import ./bench/support/stub-server-only.mjs bench/support/export-worker-process.ts`; stops on SIGTERM after the job in hand.
import { startWorker } from '../../lib/server/jobs/worker';
import { closeDb } from '../../lib/server/db';

const worker = startWorker({ poll: 100 });
console.log(`worker ${worker.id} ready`);
process.on('SIGTERM', async () => {
  await worker.stop();
  await closeDb();
  process.exit(0);
});
