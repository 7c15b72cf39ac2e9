import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry, so that a test that fails once on a loaded CI machine and then passes is reported
  // as "flaky" in the summary (and its first failure's trace kept) rather than failing the run.
  retries: 1,
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
