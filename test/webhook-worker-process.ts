// One app instance's worker loop as its own OS process, for the multi-instance webhook tests and the benchmark:
// `DATABASE_URL=… node --conditions=react-server --import tsx test/webhook-worker-process.ts`. Prints "ready <worker id>";
// stops (after the work in hand) on SIGTERM or when stdin closes, so it never outlives the process that started it.
import { startWorker } from '../lib/server/jobs/worker';
import { closeDb } from '../lib/server/db';

const worker = startWorker({ poll: Number(process.env.CARDINAL_WORKER_POLL_MS ?? 50) });
console.log(`ready ${worker.id}`);
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await closeDb();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
