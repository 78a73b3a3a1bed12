// Next runs register() once when a server process starts: each Node.js instance runs one export worker, so jobs left InProgress by a stopped instance are picked up again.
// It also stamps each request with its TCP peer's address, which sign-in throttling counts by, and takes the embedded database's lock
// at once, so a second server on the same data directory stops here with the owner's name.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('./lib/server/db');
  const { DataDirInUseError } = await import('./lib/server/db/data-dir-lock');
  try {
    getDb();
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(`\nCardinal cannot start: ${error.message}\n`);
    process.exit(1);
  }
  const { stampPeerAddress } = await import('./lib/server/http/stamp-peer-address');
  stampPeerAddress();
  const { startExportWorker } = await import('./lib/server/exports/export-worker');
  startExportWorker();
}
