// Next runs register() once when a server process starts: each Node.js instance runs one export worker, so jobs left InProgress by a stopped instance are picked up again.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startExportWorker } = await import('./lib/server/exports/export-worker');
  startExportWorker();
}
