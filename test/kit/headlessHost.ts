// Starts the real headless host (`node dist/electron/host/cli.mjs`) as a child process, each
// with its own data folder, and reads the console URL it prints: the e2e specs' host (fixtures.ts)
// and the benches' that measure a host process (memory, restarts, SIGKILL). host.ts is the same
// host in this process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface HeadlessHost {
  port: number;
  consoleUrl: string;
  localUrl: string;
  /** The attendee-facing base URL (LAN address) — inside the test namespace, 10.99.0.1. */
  lanUrl: string;
  key: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  /** Ctrl+C: resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startHeadlessHost(
  opts: {
    dataDir?: string;
    port?: number;
    env?: Record<string, string>;
    /** 'everyone' (the kit's default: every page here shares one address) admits each
     * participant on arrival; 'device' is the product's default, one per device address. */
    admission?: 'everyone' | 'device';
  } = {},
): Promise<HeadlessHost> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'offsite-e2e-'));
  const child = spawn(
    process.execPath,
    [
      // e.g. OFFSITE_HOST_NODE_ARGS=--cpu-prof to profile the host under a bench.
      ...(process.env.OFFSITE_HOST_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      join(ROOT, 'dist/electron/host/cli.mjs'),
      '--port',
      String(opts.port ?? 0),
      '--data',
      dataDir,
      ...(opts.admission === 'device' ? [] : ['--admit-everyone']),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const consoleUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 15_000);
    const check = () => {
      const m = /Facilitator console: (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => reject(new Error(`host exited:\n${out}`)));
  });
  const url = new URL(consoleUrl);
  const lan = /listening on (http:\/\/\S+)/.exec(out)?.[1] ?? url.origin;
  return {
    port: Number(url.port),
    consoleUrl,
    localUrl: url.origin,
    lanUrl: lan,
    key: /key=([0-9a-f]+)/.exec(url.hash)?.[1] ?? '',
    dataDir,
    process: child,
    output: () => out,
    async stop() {
      child.kill('SIGINT');
      return exited;
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      child.kill(signal);
      await exited;
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
