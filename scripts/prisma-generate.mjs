// Runs `prisma generate` without the native schema engine, which cannot be downloaded here.
// Generation never executes the engine; the CLI only checks that the path exists.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = path.join(root, 'prisma', 'schema.prisma');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= schema;
env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING ??= '1';

const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate', '--schema', schema], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
