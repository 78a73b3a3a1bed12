// The embedded PGlite database has one owner process, and PGlite takes no lock of its own: a
// second process would open the same files and corrupt them. This finds who else holds the data
// directory (open files under it, or a Cardinal server started for it) so a script can stop first.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { resolveDatabaseMode } from '../../lib/server/db/connection';
import type { DatabaseMode } from '../../lib/server/db/connection';
import { migrateDatabase } from '../../lib/server/db/migrate';

export type DatabaseOwner = { pid: number; command: string; why: string };

function readProc(pid: string, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function isUnder(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}

/** A Next server (`next start` / `next-server`) whose environment points it at this data directory and not at a PostgreSQL server. */
function isServerFor(pid: string, cmdline: string, dataDir: string): boolean {
  if (!/next(-server|\/dist\/bin\/next\S*\s+start)/.test(cmdline) && !/\bnext start\b/.test(cmdline)) return false;
  const environ = readProc(pid, 'environ');
  if (environ === null) return false;
  const env = Object.fromEntries(
    environ
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
  if (env.DATABASE_URL?.trim()) return false;
  let cwd: string;
  try {
    cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return false;
  }
  return path.resolve(cwd, env.CARDINAL_DATA_DIR?.trim() || 'data') === dataDir;
}

function ownersFromProc(dataDir: string, pgliteDir: string): DatabaseOwner[] {
  const owners: DatabaseOwner[] = [];
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    if (Number(pid) === process.pid) continue;
    const cmdline = (readProc(pid, 'cmdline') ?? '').split('\0').join(' ').trim();
    let holdsFiles = false;
    try {
      holdsFiles = fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return isUnder(fs.readlinkSync(`/proc/${pid}/fd/${fd}`), pgliteDir);
        } catch {
          return false;
        }
      });
    } catch {
      // Another user's process: not readable, and not able to open our files either.
    }
    if (holdsFiles) owners.push({ pid: Number(pid), command: cmdline, why: 'has files of the embedded database open' });
    else if (isServerFor(pid, cmdline, dataDir)) owners.push({ pid: Number(pid), command: cmdline, why: 'is a Cardinal server for this data directory' });
  }
  return owners;
}

function ownersFromLsof(pgliteDir: string): DatabaseOwner[] | null {
  const result = spawnSync('lsof', ['-t', '+D', pgliteDir], { encoding: 'utf8' });
  if (result.error) return null;
  return result.stdout
    .split('\n')
    .map(Number)
    .filter((pid) => pid > 0 && pid !== process.pid)
    .map((pid) => ({ pid, command: '', why: 'has files of the embedded database open' }));
}

/**
 * Other processes using the embedded database in `dataDir` (CARDINAL_DATA_DIR), or null when
 * this platform offers no way to tell (neither /proc nor lsof).
 */
function findEmbeddedDatabaseOwners(dataDir: string): DatabaseOwner[] | null {
  const pgliteDir = path.join(dataDir, 'pglite');
  if (fs.existsSync('/proc/self/fd')) return ownersFromProc(dataDir, pgliteDir);
  if (!fs.existsSync(pgliteDir)) return [];
  return ownersFromLsof(pgliteDir);
}

function databaseInUseMessage(dataDir: string, owners: DatabaseOwner[]): string {
  const list = owners.map((owner) => `  - process ${owner.pid} ${owner.why}${owner.command ? `: ${owner.command.slice(0, 160)}` : ''}`).join('\n');
  return (
    `The embedded database in ${dataDir} is in use by another process:\n${list}\n\n` +
    'Stop the server first (Ctrl+C in the terminal running `npm start`), then run this again.\n' +
    'The embedded database (PGlite) has one owner process; two processes writing to it at once would corrupt it.'
  );
}

/** Why a script must not touch the database now, or null when it may (PostgreSQL, or an embedded database nobody else holds). */
function embeddedDatabaseBusy(mode: DatabaseMode): string | null {
  if (mode.kind !== 'embedded') return null;
  const owners = findEmbeddedDatabaseOwners(mode.dataDir);
  return owners?.length ? databaseInUseMessage(mode.dataDir, owners) : null;
}

/** What to tell the user when the database could not be opened or migrated. */
function openFailureMessage(mode: DatabaseMode, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (mode.kind === 'postgres') return `Could not prepare the PostgreSQL database named by DATABASE_URL: ${reason}`;
  return (
    `Could not open the embedded database in ${mode.dataDir}: ${reason}\n` +
    'If a Cardinal server is running on this data directory, stop the server first: the embedded database has one owner process.'
  );
}

/** What every seed does first: refuse a busy embedded database, migrate, and name where it writes. */
export async function openDatabaseForSeeding(fail: (message: string) => never): Promise<{ mode: DatabaseMode; where: string }> {
  const mode = resolveDatabaseMode();
  const where = mode.kind === 'embedded' ? `the embedded database in ${mode.dataDir}` : 'the PostgreSQL database in DATABASE_URL';
  const busy = embeddedDatabaseBusy(mode);
  if (busy) fail(busy);
  try {
    await migrateDatabase(mode);
  } catch (error) {
    fail(openFailureMessage(mode, error));
  }
  return { mode, where };
}
