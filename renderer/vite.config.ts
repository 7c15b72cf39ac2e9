import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileCatalogs } from '../build/compileCatalogs.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [compileCatalogs(), react()],
  resolve: {
    // y-webrtc's peer connection: the browser's RTCPeerConnection, not simple-peer's polyfilled
    // build (issue 23: about 31 KB gzipped off a phone's first visit; sync/meshPeer.ts).
    alias: {
      'simple-peer/simplepeer.min.js': fileURLToPath(new URL('sync/meshPeer.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
