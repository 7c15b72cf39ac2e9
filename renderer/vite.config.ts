import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileCatalogs } from '../build/compileCatalogs.mjs';
import { pageChunks } from '../build/pageChunks.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // Fast Refresh drives React's own renderer: under Preact (the alias below) an edit was applied
  // and nothing redrew (`npm run dev:renderer`). Without it an edit reloads the page.
  plugins: [compileCatalogs(), react({ refreshExclude: /./ })],
  resolve: {
    // y-webrtc's peer connection: the browser's RTCPeerConnection, not simple-peer's polyfilled
    // build (issue 23: about 31 KB gzipped off a phone's first visit; sync/meshPeer.ts).
    alias: [
      {
        find: 'simple-peer/simplepeer.min.js',
        replacement: fileURLToPath(new URL('sync/meshPeer.ts', import.meta.url)),
      },
      // React's API from Preact (issue 23): preact/compat in place of react-dom, about 50 KB
      // gzipped off a phone's first visit. The code and its types stay React's.
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // A phone's pages as one chunk each (issue 23): the probe (a room check), then the room.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: pageChunks(new URL('main.tsx', import.meta.url), [
            { name: 'probe', module: new URL('pages/ProbePage.tsx', import.meta.url) },
            { name: 'room', module: new URL('pages/RoomPage.tsx', import.meta.url) },
          ]),
        },
      },
    },
  },
});
