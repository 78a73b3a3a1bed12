// The embedded data directory has one owner: while a process holds it, a second opener and the scripts are refused at once with the
// owner's pid; a lock left by a dead process is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { DataDirInUseError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';

const TSX = path.resolve('node_modules/.bin/tsx');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-lock-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function holdInChild(dataDir: string): Promise<ChildProcess> {
  // node itself (not the tsx launcher, which runs the script in a child) so that child.pid is the process holding the lock.
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'test/hold-data-dir-worker.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
}

function runScript(script: string, dataDir: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(TSX, ['--conditions=react-server', script], {
    env: { ...process.env, DATABASE_URL: '', CARDINAL_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stderr })));
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(gone.stdout.trim());
}

describe('the embedded data directory lock', () => {
  it('refuses a second opener and the scripts while a server-like process holds it, naming that process; takes over once it is killed', async () => {
    const dataDir = tempDir();
    const holder = await holdInChild(dataDir);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: holder.pid });

    let refused: unknown;
    try {
      openDatabase({ kind: 'embedded', dataDir });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toContain(`in use by process ${holder.pid} (`);
    expect((refused as Error).message).toContain('hold-data-dir-worker.ts');

    const runs = await Promise.all(['scripts/audit-verify.ts', 'scripts/db-migrate.ts'].map((script) => runScript(script, dataDir)));
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`in use by process ${holder.pid}`);
    }

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    // The killed holder's lock is still there; the next opener takes it over (opening PGlite itself is what the crash test exercises).
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: holder.pid });
    const release = lockDataDir(dataDir);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 120_000);

  it('takes over a lock whose process is gone, or whose pid now belongs to another process', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, LOCK_FILE_NAME);
    for (const stale of [
      { pid: deadPid(), startTime: '1', command: 'next start', since: '2026-01-01T00:00:00Z' },
      // Our parent is alive, but started at another time than this lock says: its pid was reused.
      { pid: process.ppid, startTime: 'not-when-it-started', command: 'next start', since: '2026-01-01T00:00:00Z' },
    ]) {
      fs.writeFileSync(file, JSON.stringify(stale));
      const release = lockDataDir(dataDir);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
      release();
      expect(fs.existsSync(file)).toBe(false);
    }
  });

  it('a live owner is never taken over, and one process may nest its own opens', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, LOCK_FILE_NAME);
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, startTime: null, command: 'npm start', since: 'earlier' }));
    expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.ppid} (npm start, since earlier)`);
    fs.rmSync(file);

    const outer = lockDataDir(dataDir);
    const inner = lockDataDir(dataDir);
    inner();
    expect(fs.existsSync(file)).toBe(true);
    outer();
    expect(fs.existsSync(file)).toBe(false);
  });
});
