import { defineConfig } from 'vitest/config';
import fs from 'node:fs';
import path from 'node:path';

const INCLUDE = ['lib/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'];
const TEST_ROOTS = ['lib', 'components', 'scripts', 'prisma'];
const EXCLUDE = ['node_modules', 'e2e', '.next'];

/**
 * Test files that open a fresh database (test/database.ts) and change nothing process-wide: no module mocks, no stubbed or assigned
 * environment variables. They share their worker's process and module cache ("isolate: false"), so PGlite's WebAssembly and the
 * Prisma client are compiled once per worker instead of once per file (about 3 s of CPU per file); each file still gets its own
 * database. Any other test file runs isolated, as before.
 */
function databaseFiles(): string[] {
  const files = TEST_ROOTS.flatMap((root) =>
    fs
      .readdirSync(path.join(import.meta.dirname, root), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.test\.tsx?$/.test(name) && !name.includes('node_modules'))
      .map((name) => path.join(root, name)),
  );
  return files.filter((file) => {
    const source = fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
    return /setupTestDatabase\(/.test(source) && !/vi\.(mock|doMock|stubEnv|stubGlobal)\(|process\.env\.\w+\s*=[^=]|delete process\.env/.test(source);
  });
}

const shared = databaseFiles();

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'database', include: shared, exclude: EXCLUDE, isolate: false } },
      { extends: true, test: { name: 'isolated', include: INCLUDE, exclude: [...EXCLUDE, ...shared] } },
    ],
  },
});
