import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

// e2e drives the production build in Debian's Chromium; never a browser Playwright downloads.
const PORT = Number(process.env.E2E_PORT ?? 3200);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3201);
const baseURL = `http://localhost:${PORT}`;
// Outside test-results/, which Playwright empties when the run starts.
const dataDir = path.resolve('.e2e-data');

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
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /first-run-setup\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
    { name: 'console', testIgnore: /first-run-setup\.spec\.ts/, dependencies: ['setup'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      command: 'node e2e/support/oidc-provider.mjs',
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_URL: baseURL },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `rm -rf "${dataDir}" && npm start`,
      url: `${baseURL}/signin`,
      env: {
        PORT: String(PORT),
        CARDINAL_DATA_DIR: dataDir,
        OIDC_ISSUER: `http://localhost:${OIDC_PORT}`,
        OIDC_CLIENT_ID: 'cardinal-e2e',
        OIDC_CLIENT_SECRET: 'cardinal-e2e-secret',
        OIDC_NAME: 'Example SSO',
      },
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'pipe',
    },
  ],
});
