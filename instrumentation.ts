// Next runs register() once when a server process starts. It takes the embedded database's lock at once, so a second server on the
// same data directory stops here with the owner's name; it installs the request gate (undecodable paths answered 400, each request
// stamped with its raw URL and its TCP peer's address, which sign-in throttling counts by); the PDF renderers start warm (each exits
// when its channel to the server closes); and each Node.js instance runs one worker loop (export jobs and webhook deliveries), so
// work left claimed by a stopped instance is picked up again.
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
  const { installRequestGate } = await import('./lib/server/http/request-gate');
  installRequestGate();
  const { getRenderPool } = await import('./lib/pdf/render-pool');
  try {
    getRenderPool().warm();
  } catch (error) {
    // Without its sources (CARDINAL_ROOT) the server still serves everything but PDFs; each render says why it failed.
    console.error(`PDF renderers not started: ${(error as Error).message}`);
  }
  const { startWorker } = await import('./lib/server/jobs/worker');
  startWorker();
}
