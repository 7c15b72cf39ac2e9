// Bundles the Electron main process, the preload and the headless host CLI into dist/electron.
// The preload is CommonJS because sandboxed preloads cannot be ES modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron'],
    // updateMerger.ts finds its worker beside the bundle by __dirname when import.meta is empty.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/host/cli.ts'],
    outfile: 'dist/electron/host/cli.mjs',
    format: 'esm',
    banner: {
      // Aliased: bundled modules import createRequire themselves (updateMerger.ts).
      js: "import { createRequire as __bannerRequire } from 'node:module'; const require = __bannerRequire(import.meta.url);",
    },
  }),
  // Compaction's worker thread (electron/host/store/updateMerger.ts), beside the host CLI.
  build({
    ...common,
    entryPoints: ['electron/host/store/mergeWorker.ts'],
    outfile: 'dist/electron/host/mergeWorker.mjs',
    format: 'esm',
  }),
]);
