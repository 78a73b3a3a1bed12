// next-auth signs sessions with NEXTAUTH_SECRET: embedded mode keeps a generated one in the data folder;
// PostgreSQL mode needs one shared by every instance, so it must be given.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DatabaseMode } from './db/connection';

export function ensureSessionSecret(mode: DatabaseMode, env: NodeJS.ProcessEnv = process.env): string {
  const given = env.NEXTAUTH_SECRET?.trim();
  if (given) return given;
  if (mode.kind === 'postgres') {
    throw new Error(
      'NEXTAUTH_SECRET is required when DATABASE_URL is set: every instance must sign sessions with the same secret. ' +
        'Generate one with `openssl rand -base64 32` and set it on every instance.',
    );
  }
  const file = path.join(mode.dataDir, 'nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(mode.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
