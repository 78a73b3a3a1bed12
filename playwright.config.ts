import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './e2e/support/chromium';
import { FRESH_DATA_DIR, FRESH_PORT, FRESH_URL, HUB_DATA_DIR, HUB_PORT, HUB_URL, OIDC_PORT, OIDC_URL } from './e2e/support/servers';

// e2e drives the production build in Debian's Chromium; never a browser Playwright downloads.
// Two app servers: a fresh one (first-run setup, then sign-in, users, SSO) and one seeded with users and cards (the hub).
const baseURL = FRESH_URL;
const HUB_SPECS = /card-hub\.spec\.ts/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      // Only localhost resolves: a page that reaches for anything else fails visibly.
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /first-run-setup\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
    // After setup: the hub spec also checks the fresh server's empty registry, which needs its admin; listed before console so it
    // runs before console specs create cards there (if they did first, it checks the empty search result instead).
    { name: 'hub', testMatch: HUB_SPECS, dependencies: ['setup'], use: { ...devices['Desktop Chrome'], baseURL: HUB_URL } },
    { name: 'console', testIgnore: [/first-run-setup\.spec\.ts/, HUB_SPECS], dependencies: ['setup'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      command: 'node e2e/support/oidc-provider.mjs',
      url: `${OIDC_URL}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_URL: baseURL },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `rm -rf "${FRESH_DATA_DIR}" && npm start`,
      url: `${baseURL}/signin`,
      env: {
        PORT: String(FRESH_PORT),
        CARDINAL_DATA_DIR: FRESH_DATA_DIR,
        OIDC_ISSUER: OIDC_URL,
        OIDC_CLIENT_ID: 'cardinal-e2e',
        OIDC_CLIENT_SECRET: 'cardinal-e2e-secret',
        OIDC_NAME: 'Example SSO',
      },
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'pipe',
    },
    {
      // Seeded through the services before the server opens the embedded database; both servers share one build (npm start builds under a lock).
      command: `rm -rf "${HUB_DATA_DIR}" && npx tsx --conditions=react-server e2e/support/seed-e2e-data.ts && npm start`,
      url: `${HUB_URL}/signin`,
      // The webhooks spec's receiver listens on loopback, which only CARDINAL_WEBHOOK_ALLOW_PRIVATE admits; a short poll keeps its deliveries quick.
      env: { PORT: String(HUB_PORT), CARDINAL_DATA_DIR: HUB_DATA_DIR, CARDINAL_WEBHOOK_ALLOW_PRIVATE: '1', CARDINAL_WORKER_POLL_MS: '250' },
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'pipe',
    },
  ],
});
