// A real host in this process (startHost on a free loopback port) with a throwaway renderer
// folder and, when asked, a data folder on disk; `TestHosts` keeps several that share one data
// folder (restarts) and closes them all. Plain Node: unit tests (useHost.ts), benches alike.
// The e2e specs run the built headless host as a child process instead (headlessHost.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../../electron/host/server';
import { SessionStore } from '../../electron/host/store/sessionStore';

/** A renderer folder with an index.html, assets/ and any extra files (path → content). */
export function rendererFolder(files: Record<string, string> = {}, prefix = 'offsite-r-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Offsite</title>');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface TestHostOptions extends Partial<HostOptions> {
  /** A SessionStore on this data folder (unless `store` is given); memory-only without either. */
  dataDir?: string;
  /** Extra files in the host's own renderer folder (path → content). */
  files?: Record<string, string>;
}

export interface TestHost extends RunningHost {
  /** The facilitator key (as the e2e's headless host names it). */
  key: string;
  rendererDir: string;
}

/**
 * startHost on 127.0.0.1 (port 0, LAN address 127.0.0.1) with a renderer folder of its own
 * (removed on close) unless `rendererDir` is given. Every participant is admitted on arrival
 * (`admitEveryone`: the kit's peers share loopback addresses) unless a test asks for the product's
 * default with `admitEveryone: false` (one per device address).
 */
export async function startTestHost(opts: TestHostOptions = {}): Promise<TestHost> {
  const { dataDir, files, ...rest } = opts;
  const ownRenderer = rest.rendererDir === undefined;
  const rendererDir = rest.rendererDir ?? rendererFolder(files);
  const store = rest.store ?? (dataDir !== undefined ? new SessionStore({ dataDir }) : undefined);
  const host = await startHost({
    port: 0,
    bind: '127.0.0.1',
    lanIp: '127.0.0.1',
    admitEveryone: true,
    ...rest,
    rendererDir,
    ...(store && { store }),
  }).catch((err: unknown) => {
    if (ownRenderer) rmSync(rendererDir, { recursive: true, force: true });
    throw err;
  });
  const close = host.close.bind(host);
  return {
    ...host,
    key: host.facilitatorKey,
    rendererDir,
    async close() {
      await close();
      if (ownRenderer) rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

/**
 * Hosts that share one data folder and one renderer folder (made on first use), so a test can
 * stop a host and start another on the same library. `closeAll()` closes the hosts still running
 * and removes both folders.
 */
export class TestHosts {
  private readonly running: TestHost[] = [];
  private data: string | null = null;
  private renderer: string | null = null;
  constructor(
    private readonly defaults: TestHostOptions = {},
    private readonly prefix = 'offsite-host-',
  ) {}

  get dataDir(): string {
    this.data ??= mkdtempSync(join(tmpdir(), this.prefix));
    return this.data;
  }
  get rendererDir(): string {
    this.renderer ??= rendererFolder({}, `${this.prefix}r-`);
    return this.renderer;
  }

  /** A host on the shared folders; `opts.store`/`opts.dataDir` override the default store. */
  async start(opts: TestHostOptions = {}): Promise<TestHost> {
    const host = await startTestHost({
      rendererDir: this.rendererDir,
      ...this.defaults,
      ...opts,
    });
    this.running.push(host);
    return host;
  }

  /** A host whose library is a SessionStore on the shared data folder (or the given store). */
  startOnDisk(opts: TestHostOptions = {}): Promise<TestHost> {
    return this.start({ dataDir: this.dataDir, ...opts });
  }

  async stop(host: TestHost): Promise<void> {
    this.running.splice(this.running.indexOf(host), 1);
    await host.close();
  }

  async closeAll(): Promise<void> {
    for (const h of this.running.splice(0)) await h.close().catch(() => {});
    for (const dir of [this.data, this.renderer])
      if (dir) rmSync(dir, { recursive: true, force: true });
    this.data = null;
    this.renderer = null;
  }
}
