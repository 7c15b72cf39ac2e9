// A real in-process host per test (startHost on a free loopback port, a throwaway renderer
// folder) and sessions created through its API, for the unit tests that talk to the hub.
import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../../electron/host/server';

export interface HubSession {
  id: string;
  joinCode: string;
}

/** Registers beforeEach/afterEach; `current.host` is the test's host. `options` go to startHost
 * (e.g. an injected PDF renderer where a test has no Chromium). */
export function useHubHost(options: Partial<HostOptions> = {}): {
  host: RunningHost;
  session(title?: string): Promise<HubSession>;
} {
  let dir = '';
  let host: RunningHost | null = null;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offsite-hub-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Offsite</title>');
    host = await startHost({
      port: 0,
      bind: '127.0.0.1',
      rendererDir: dir,
      lanIp: '127.0.0.1',
      ...options,
    });
  });
  afterEach(async () => {
    await host?.close();
    host = null;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get host() {
      if (!host) throw new Error('no host outside a test');
      return host;
    },
    async session(title = 'Test session') {
      const h = this.host;
      const res = await fetch(`${h.localUrl}/api/createSession`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${h.facilitatorKey}`,
        },
        body: JSON.stringify({ title }),
      });
      if (!res.ok) throw new Error(`createSession: ${res.status}`);
      return (await res.json()) as HubSession;
    },
  };
}
