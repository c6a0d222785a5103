import { defineConfig } from '@playwright/test';

const port = Number(process.env.FIXTURE_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/harness/global-setup.ts',
  fullyParallel: false,
  // One browser at a time: timing assertions (slices under 50 ms) must not compete for the two cores.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
  webServer: {
    command: 'tsx tests/harness/serve-fixtures.ts',
    url: `http://127.0.0.1:${port}/index.html`,
    env: { FIXTURE_PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
