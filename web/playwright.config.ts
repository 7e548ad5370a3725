import { defineConfig } from '@playwright/test';

/**
 * Browser tests: Debian's Chromium (Playwright cannot download browsers here, see
 * ../shared/TOOLCHAIN.md) against a fresh anvil, a seeded demo city and the production build, all
 * started by tests/global-setup.ts. The files run in order on one worker: they act on one city.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.POLITY_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
