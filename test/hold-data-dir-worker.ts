// Holds an embedded data directory the way a running server does, for the lock-file test.
// Run: node --conditions=react-server --import tsx test/hold-data-dir-worker.ts <dataDir>. Prints "ready" once it owns the directory (the lock is
// taken before PGlite starts, so there is no need to wait for the database), then waits to be killed.
import { openDatabase } from '../lib/server/db/connection';

openDatabase({ kind: 'embedded', dataDir: process.argv[2] });
console.log('ready');
setInterval(() => {}, 60_000);
