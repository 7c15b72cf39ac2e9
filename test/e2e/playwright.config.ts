import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests, not files, are spread over the workers: a file of long tests (layout.spec.ts) would
  // otherwise hold one worker while the other runs out of work.
  fullyParallel: true,
  // Three workers on the 2-core CI machine: each test has its own host, data folder and port, and
  // its screenshots have names of their own. Much of a test's time is waiting (a page's sync, a
  // 30 s host stop, a projector's page turn), so a third worker fills cores two leave idle: on a
  // quiet machine the e2e phase took 12.3 min on two (stop 31), and on three, with the headless
  // shell and lean traces below, 7.7 min while another engineer's run loaded the machine.
  // OFFSITE_E2E_WORKERS overrides (1 to debug).
  workers: Number(process.env.OFFSITE_E2E_WORKERS ?? 3),
  // No retries: a test that fails once is a failure to chase, not something to hide.
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    // The `browser` fixture (fixtures.ts) is Debian's Chromium with these options.
    browserName: 'chromium',
    launchOptions,
    // A trace of every page of a failed test, to open with `npx playwright show-trace`: its
    // actions, console and network, without DOM snapshots or a film strip, which cost a third of
    // the suite's CPU (board + projector specs, one worker: 89 → 59 CPU-seconds).
    // OFFSITE_E2E_TRACE=full records those too, to chase a failure.
    trace:
      process.env.OFFSITE_E2E_TRACE === 'full'
        ? 'retain-on-failure'
        : { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    // What the page looked like when a test failed (taken only then).
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: '.',
      testMatch: '**/*.spec.ts',
      testIgnore: '**/venue.spec.ts',
      grepInvert: /@timing/,
    },
    // Every bench at its smallest size (test/bench/smoke.spec.ts): each in its own process.
    { name: 'bench-smoke', testDir: '../bench', testMatch: 'smoke.spec.ts' },
    // Tests that hold a duration to a bound (@timing in the title) run after the others, so that
    // the load they measure under is their own, not the other worker's.
    {
      name: 'timing',
      testDir: '.',
      testMatch: '**/*.spec.ts',
      testIgnore: '**/venue.spec.ts',
      grep: /@timing/,
      dependencies: ['e2e', 'bench-smoke'],
    },
    // Tests that make and remove network interfaces (venue.spec.ts) run last, when nothing else
    // does: Chromium fails every request in flight when its namespace's interfaces change
    // (net::ERR_NETWORK_CHANGED), and another test's page loading a chunk then stayed blank.
    {
      name: 'network',
      testDir: '.',
      testMatch: '**/venue.spec.ts',
      dependencies: ['timing'],
    },
  ],
});
