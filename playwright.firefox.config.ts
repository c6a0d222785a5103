import { defineConfig } from '@playwright/test';

// The Firefox smoke suite: the Firefox build (npm run build:firefox) in firefox-esr, over WebDriver BiDi.
// Its fixture server picks its own free port (tests/firefox/firefox.ts).
export default defineConfig({
  testDir: 'tests/firefox',
  globalSetup: './tests/firefox/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
});
