// The web preferences every Offsite window uses: the one preload, isolated,
// sandboxed, no Node in the page.
import { join } from 'node:path';
import type { WebPreferences } from 'electron';

export function secureWebPreferences(): WebPreferences {
  return {
    preload: join(__dirname, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  };
}
