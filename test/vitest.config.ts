import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/electron/mocks/setup.ts', 'test/unit/renderer/consoleWords.setup.ts'],
    testTimeout: 20_000,
    // Threads start faster than the default forks. At least three workers: many tests wait on a
    // real host's sockets and files, so on the 2-core CI machine a third fills the cores (the
    // whole unit suite on a quiet machine: 77 s on two, 62 s on three).
    pool: 'threads',
    maxWorkers: Math.max(3, availableParallelism() - 1),
  },
});
