// Where the e2e servers listen and keep their data; shared by playwright.config.ts and the specs that talk to a server other than their project's.
import path from 'node:path';

export const FRESH_PORT = Number(process.env.E2E_PORT ?? 3200);
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3201);
export const HUB_PORT = Number(process.env.E2E_HUB_PORT ?? 3210);

/** Starts with no users: first-run setup, sign-in, users, single sign-on. */
export const FRESH_URL = `http://localhost:${FRESH_PORT}`;
/** Starts seeded with users and cards (e2e/support/seed-e2e-data.ts): the card hub. */
export const HUB_URL = `http://localhost:${HUB_PORT}`;
export const OIDC_URL = `http://localhost:${OIDC_PORT}`;

// Outside test-results/, which Playwright empties when the run starts; one folder, one database per server.
const dataRoot = path.resolve(process.env.E2E_DATA_DIR ?? '.e2e-data');
export const FRESH_DATA_DIR = path.join(dataRoot, 'fresh');
export const HUB_DATA_DIR = path.join(dataRoot, 'hub');
