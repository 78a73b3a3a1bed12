import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Layers (STYLE.md): app → components / lib/actions / lib/sagemaker → lib/server → the shared libraries. The import
 * rules below hold the edges. ESLint replaces a rule's options per file rather than merging them, so every block
 * below lists all the restrictions its files get.
 */

/** Prisma and the database client belong to lib/server; everything else calls a service. */
const PRISMA_AND_DATABASE = {
  regex: String.raw`^@prisma/|(^|/)generated/prisma(/|$)|^(@/|(\.\./)+|\./)?(lib/)?server/db(/|$)`,
  message: 'Prisma and the database client are used only under lib/server: call a lib/server service instead.',
};

/** Types from lib/server (DTOs) may cross; values may not, since they carry Prisma and secrets towards the browser. */
const SERVER_VALUES = {
  regex: String.raw`^(@/|(\.\./)+)(lib/)?server(/|$)`,
  allowTypeImports: true,
  message: 'This layer sits below lib/server (or is sent to the browser): import types only from lib/server, and take values from the caller or lib/schemas.',
};

/*
 * Where Prisma or the database client may be opened outside lib/server, and why. Everything else is refused.
 * - lib/server/**: the one layer that touches the database.
 * - test/**: per-file databases, factories and the concurrency worker open and migrate a database directly.
 * - scripts/**: start, migrate, seed and audit-verify run outside Next and open the database themselves.
 * - bench/**: benchmarks open, migrate and capture SQL of their own databases.
 * - prisma/**: migrations and the schema (no TypeScript today; listed so seeds and factories may live there).
 * - e2e/support/**: the e2e seed migrates and fills the database before the server starts.
 */
const DATABASE_OWNERS = ['lib/server/**', 'test/**', 'scripts/**', 'bench/**', 'prisma/**', 'e2e/support/**'];

/** Shared libraries, importable by the browser and by every layer: they take nothing but types from lib/server. */
const SHARED_LIBRARIES = [
  'components/**',
  'lib/schemas/**',
  'lib/charts/**',
  'lib/reports/**',
  'lib/json/**',
  'lib/model-cards/**',
  'lib/pdf/**',
  'lib/format.ts',
  'lib/query-keys.ts',
  'lib/safe-callback-path.ts',
];

/*
 * Modules that must carry `import 'server-only'`, so that a client component importing one fails the build.
 * Exceptions, with the reason:
 * - *.test.ts and test-support/: run under Vitest only.
 * - lib/server/generated/**: written by `prisma generate`.
 * - lib/actions/**: 'use server' modules; Next keeps their bodies on the server and sends the browser references.
 * - lib/pdf/**: runs in the render child process, which resolves the client React (no react-server condition),
 *   where 'server-only' would throw; it imports nothing from lib/server but types.
 */
const SERVER_ONLY_MODULES = ['lib/server/**/*.{ts,tsx}', 'lib/sagemaker/**/*.{ts,tsx}'];
const SERVER_ONLY_EXCEPTIONS = ['**/*.test.{ts,tsx}', '**/test-support/**', 'lib/server/generated/**'];

const restrictImports = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'lib/server/generated/**', 'data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    ignores: DATABASE_OWNERS,
    rules: restrictImports(PRISMA_AND_DATABASE),
  },
  {
    files: SHARED_LIBRARIES,
    // Tests never reach the browser, and may check a shared library against the service it feeds.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrictImports(PRISMA_AND_DATABASE, SERVER_VALUES),
  },
  {
    // Scripts ship with the product; benchmarks are for measuring it and may change freely.
    files: ['scripts/**'],
    rules: restrictImports({ regex: String.raw`(^|/)bench/`, message: 'scripts/ does not import bench/: move what both need to scripts/support or lib.' }),
  },
  {
    files: SERVER_ONLY_MODULES,
    ignores: SERVER_ONLY_EXCEPTIONS,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Program:not(:has(ImportDeclaration[source.value='server-only']))",
          message: "A server module starts with `import 'server-only'` (exceptions are listed in eslint.config.mjs).",
        },
      ],
    },
  },
];

export default config;
