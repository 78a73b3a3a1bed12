// Next runs register() once when a server process starts: each Node.js instance runs one worker loop (export jobs and webhook deliveries), so work left claimed by a stopped instance is picked up again.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startWorker } = await import('./lib/server/jobs/worker');
  startWorker();
}
