import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    // The `browser` fixture (fixtures.ts) is Debian's Chromium with these options.
    browserName: 'chromium',
    launchOptions,
    // A trace of every page of a failed test, to open with `npx playwright show-trace`.
    trace: 'retain-on-failure',
  },
});
