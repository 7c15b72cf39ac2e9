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
    // Threads start faster than the default forks; at least two workers, so that the 2-core CI
    // machine uses both cores (vitest's default is one fewer than the cores: one worker there).
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
