// A PostgreSQL cluster for one spec, from the installed server binaries (as scripts/with-postgres.ts does for the unit lanes): temp dir, trust auth, a free port; stopped and removed by stop().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawnSync } from 'node:child_process';

/** Same search as scripts/with-postgres.ts (which runs its command on import, so it cannot be imported). */
function findPostgresBin(): string | null {
  const candidates = [process.env.POSTGRES_BIN, ...['17', '16', '15', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`)].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

export type ThrowawayPostgres = { url: string; stop: () => void };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Null where no PostgreSQL server binaries are installed. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-e2e-pg-'));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', 'postgres', dir]);
  const run = (args: string[]) => {
    const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
    const result = spawnSync(cmd, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run([path.join(bin, 'initdb'), '-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  run([path.join(bin, 'pg_ctl'), '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run([path.join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
