// Launch options for Debian's Chromium. OFFSITE_CHROMIUM overrides the path so
// other machines can use Playwright's own browser. Debian's headless shell (the
// `chromium-headless-shell` package, the same engine without the desktop browser's shell: what
// Playwright itself runs headless tests in) is preferred when installed: the e2e suite took about
// 14 % less CPU in it (layout.spec, one worker, CPU-seconds of the whole process tree).
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.OFFSITE_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const path of ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'])
    if (existsSync(path)) return path;
  return undefined;
}

export const launchOptions: LaunchOptions = {
  executablePath: chromiumPath(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}
