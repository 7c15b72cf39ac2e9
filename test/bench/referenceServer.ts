// What the benches that measure the hub beside the reference y-websocket server share: the
// reference server (@y/websocket-server 0.1.1) as a child process like the host, a free loopback
// port, and a process's resident memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

export function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export const REFERENCE_NAME = '@y/websocket-server 0.1.1';

/** Starts the reference server on a free port; `nodeArgs` go to its node (e.g. heap snapshots). */
export async function startReferenceServer(
  nodeArgs: string[] = [],
): Promise<{ pid: number; url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const script = createRequire(import.meta.url).resolve('@y/websocket-server/package.json');
  const child = spawn(
    process.execPath,
    [...nodeArgs, script.replace(/package\.json$/, 'src/server.js')],
    {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('running') && resolve());
    child.once('exit', () => reject(new Error('reference server exited')));
  });
  return {
    pid: child.pid!,
    url: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
