// The embedded data directory has one owner process: a lock file names it (pid, start time, command), a second opener is refused at
// once with that name, and a lock left by a process that is gone (killed, crashed, its pid reused) is taken over.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE_NAME = 'cardinal.lock';

type Holder = { pid: number; startTime: string | null; command: string; since: string };

/** Opens in this process, by lock path: getDb, a migration and a script's own open may overlap in one process. */
const held = ((globalThis as typeof globalThis & { __cardinalDataDirLocks?: Map<string, number> }).__cardinalDataDirLocks ??= new Map());

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        'Only one process may open it: stop that process first (a running server holds it; scripts hold it until they finish). ' +
        'Admins can check the audit trail from the console while the server runs.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. Tells a reused pid from the original. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartTime(holder.pid);
  return holder.startTime === null || started === null || started === holder.startTime;
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startTime: parsed.startTime ?? null, command: parsed.command ?? 'unknown command', since: parsed.since ?? 'unknown time' };
  } catch {
    return null;
  }
}

function describeSelf(): Holder {
  const command = [path.basename(process.argv0), ...process.argv.slice(1).map((arg) => path.relative(process.cwd(), arg) || arg)].join(' ');
  return { pid: process.pid, startTime: processStartTime(process.pid), command: command.slice(0, 200), since: new Date().toISOString() };
}

function isOurs(holder: Holder): boolean {
  return holder.pid === process.pid && holder.startTime === processStartTime(process.pid);
}

/** Takes the directory's lock or throws DataDirInUseError; returns the release function (call it once, after closing the database). */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const count = held.get(file) ?? 0;
  if (count > 0) {
    held.set(file, count + 1);
    return once(() => release(file));
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(describeSelf()), { flag: 'wx' });
      held.set(file, 1);
      process.once('exit', () => {
        if (held.has(file)) removeIfOurs(file);
      });
      return once(() => release(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && isRunning(holder) && !isOurs(holder)) throw new DataDirInUseError(dataDir, holder);
    // Gone, or unreadable (its writer died mid-write): move it aside. A rename succeeds for one taker only; if what was moved turns out
    // to be a live owner's fresh lock (another taker won in between), it is put back.
    const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (moved && isRunning(moved) && !isOurs(moved)) {
      try {
        fs.linkSync(aside, file);
      } catch {
        // Someone else holds it now; the next round reads who.
      }
    }
    fs.rmSync(aside, { force: true });
  }
  throw new Error(`could not take the lock file ${file}: other processes keep replacing it.`);
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) fn();
    done = true;
  };
}

function release(file: string): void {
  const count = (held.get(file) ?? 1) - 1;
  if (count > 0) {
    held.set(file, count);
    return;
  }
  held.delete(file);
  removeIfOurs(file);
}

function removeIfOurs(file: string): void {
  const holder = readHolder(file);
  if (holder && isOurs(holder)) fs.rmSync(file, { force: true });
}
