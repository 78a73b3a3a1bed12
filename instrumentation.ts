// Next runs register() once when a server process starts: each Node.js instance runs one export worker, so jobs left InProgress by a stopped instance are picked up again.
// It also stamps each request with its TCP peer's address, which sign-in throttling counts by.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerAddress } = await import('./lib/server/http/stamp-peer-address');
  stampPeerAddress();
  const { startExportWorker } = await import('./lib/server/exports/export-worker');
  startExportWorker();
}
