// A second OS process saving to the same card as the test: proves versions stay 1..N across app instances, which in-process concurrency cannot.
// Run: tsx --conditions=react-server test/concurrent-save-worker.ts <cardId> <label> <writers> <savesPerWriter>, with DATABASE_URL
// and CARDINAL_TEST_ACTOR (JSON of an Actor) set. Prints "ready", waits for "go" on stdin, then prints one JSON line of results.
import readline from 'node:readline';
import { contentHash } from '../lib/model-cards/canonical-json';
import { isAppError } from '../lib/server/errors';
import type { Actor } from '../lib/server/auth/actor';
import { closeDb } from '../lib/server/db';
import { getCard } from '../lib/server/model-cards/get-card';
import { saveVersion } from '../lib/server/model-cards/save-version';
import { sampleContent } from './factories';

const [cardId, label, writersText, savesText] = process.argv.slice(2);
const actor = JSON.parse(process.env.CARDINAL_TEST_ACTOR ?? 'null') as Actor;
const writers = Number(writersText);
const savesPerWriter = Number(savesText);
// A bound on retries turns a bug that refuses every save into a failure instead of a hang.
const MAX_ATTEMPTS_PER_SAVE = 500;

type Accepted = { version: number; contentHash: string; description: string };

async function writer(index: number, accepted: Accepted[]): Promise<number> {
  let conflicts = 0;
  for (let save = 0; save < savesPerWriter; save++) {
    const description = `${label} writer ${index} save ${save}`;
    const content = sampleContent({ description });
    for (let attempt = 1; ; attempt++) {
      const { latestVersion } = await getCard({ actor, cardId });
      try {
        const saved = await saveVersion({ actor, cardId, baseVersion: latestVersion, content });
        accepted.push({ version: saved.version, contentHash: saved.contentHash, description });
        if (saved.contentHash !== contentHash(content)) throw new Error('saved hash differs from the content hash');
        break;
      } catch (error) {
        if (!isAppError(error) || error.code !== 'CONFLICT' || attempt === MAX_ATTEMPTS_PER_SAVE) throw error;
        conflicts++;
      }
    }
  }
  return conflicts;
}

// The first query opens the connection pool, so both processes start saving on equal terms.
await getCard({ actor, cardId });
console.log('ready');
const lines = readline.createInterface({ input: process.stdin });
let told = false;
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  told = true;
  break;
}
lines.close();
// stdin closed without "go": the test that started this process has gone, so this one goes too, saving nothing.
if (!told) {
  await closeDb();
  process.exit(1);
}

const accepted: Accepted[] = [];
const conflicts = await Promise.all(Array.from({ length: writers }, (_, index) => writer(index, accepted)));
console.log(JSON.stringify({ label, accepted, conflicts: conflicts.reduce((sum, n) => sum + n, 0) }));
await closeDb();
