// Where test/global-setup.ts leaves the migrated database each test file copies (test/database.ts).
import path from 'node:path';

/** Embedded lane: an image of a migrated PGlite data directory. */
export const TEMPLATE_PATH = path.resolve('node_modules/.cache/cardinal/pglite-template.tar');
/** PostgreSQL lane: a migrated template database on TEST_DATABASE_URL's server, copied with CREATE DATABASE … TEMPLATE. */
export const POSTGRES_TEMPLATE = 'cardinal_test_template';
