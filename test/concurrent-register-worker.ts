// A second OS process registering package versions into the same group as the test: proves versions stay 1..N across app instances.
// Run: tsx --conditions=react-server test/concurrent-register-worker.ts <groupName> <label> <count>, with DATABASE_URL and
// CARDINAL_TEST_ACTOR (JSON of an Actor) set. Prints "ready", waits for "go" on stdin, then prints one JSON line of results.
import readline from 'node:readline';
import type { Actor } from '../lib/server/auth/actor';
import { closeDb } from '../lib/server/db';
import { getModelPackageGroup } from '../lib/server/registry/get-model-package-group';
import { registerModelPackage } from '../lib/server/registry/register-model-package';

const [groupName, label, countText] = process.argv.slice(2);
const actor = JSON.parse(process.env.CARDINAL_TEST_ACTOR ?? 'null') as Actor;
const count = Number(countText);

// The first query opens the connection pool, so both processes start registering on equal terms.
await getModelPackageGroup({ actor, name: groupName });
console.log('ready');
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
lines.close();

const registered = await Promise.all(
  Array.from({ length: count }, async (_, index) => {
    const description = `${label} registration ${index}`;
    const pkg = await registerModelPackage({ actor, groupName, description });
    return { version: pkg.version, description };
  }),
);
console.log(JSON.stringify({ label, registered }));
await closeDb();
