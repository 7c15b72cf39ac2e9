// Vitest hooks over host.ts: `useHost()` starts a real in-process host before each test and
// closes it after; `useHosts()` gives each test a TestHosts (shared data folder, restarts).
import { afterEach, beforeEach } from 'vitest';
import { startTestHost, TestHosts, type TestHost, type TestHostOptions } from './host';
import { hostApi } from './hostApi';
import type { SessionDetails } from '../../shared/protocol/hostApi';

/** What a test needs of a session to join it. */
export type HubSession = Pick<SessionDetails, 'id' | 'joinCode'>;

export interface UsedHost {
  /** The test's host (throws outside a test). */
  readonly host: TestHost;
  /** A new session, created over the HTTP API as the console does. */
  session(title?: string): Promise<SessionDetails>;
}

/** Registers beforeEach/afterEach: one host per test. */
export function useHost(opts: TestHostOptions | (() => TestHostOptions) = {}): UsedHost {
  let host: TestHost | null = null;
  beforeEach(async () => {
    host = await startTestHost(typeof opts === 'function' ? opts() : opts);
  });
  afterEach(async () => {
    await host?.close();
    host = null;
  });
  return {
    get host() {
      if (!host) throw new Error('no host outside a test');
      return host;
    },
    async session(title = 'Test session') {
      return hostApi(this.host).createSession({ title });
    },
  };
}

/** Registers afterEach: every host a test started is closed and its folders removed. */
export function useHosts(defaults: TestHostOptions = {}, prefix?: string): TestHosts {
  const hosts = new TestHosts(defaults, prefix);
  afterEach(() => hosts.closeAll());
  return hosts;
}
