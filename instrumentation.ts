// Next runs register() once when a server process starts: undecodable paths are refused with a 400 (see refuse-undecodable-paths), and each Node.js instance runs one export worker, so jobs left InProgress by a stopped instance are picked up again.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUndecodablePaths } = await import('./lib/server/http/refuse-undecodable-paths');
  refuseUndecodablePaths();
  const { startExportWorker } = await import('./lib/server/exports/export-worker');
  startExportWorker();
}
