// Holds an embedded data directory the way a running server does, for the lock-file test.
// Run: tsx --conditions=react-server test/hold-data-dir-worker.ts <dataDir>. Prints "ready" once the database answers, then waits to be killed.
import { openDatabase } from '../lib/server/db/connection';

const database = openDatabase({ kind: 'embedded', dataDir: process.argv[2] });
await database.rawQuery('SELECT 1');
console.log('ready');
setInterval(() => {}, 60_000);
