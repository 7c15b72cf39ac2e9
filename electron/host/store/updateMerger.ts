// Merges Yjs updates on a worker thread (mergeWorker.ts) so that compaction never stalls the
// hub, /time or the signaling server. One worker per process, started on first use and unref'd;
// if it cannot start (or dies), merging falls back to this thread: slower, never lost.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { MergeReply, MergeRequest } from './mergeWorker';
import { packParts } from './mergeParts';

export interface UpdateMerger {
  merge(parts: Uint8Array[]): Promise<Uint8Array>;
  /** Whether the last merge ran on the worker (tests and the bench check it). */
  readonly offThread: boolean;
  close(): Promise<void>;
}

/** Starts the worker from beside this module in a bundle (mergeWorker.mjs, built by
 * build/bundle-electron.mjs), from TypeScript under tsx (tests, the bench), or from host/ next to
 * the CommonJS bundle of the Electron main process (where import.meta.url is empty). */
function startWorker(): Worker | null {
  const meta = import.meta.url as string | undefined;
  if (meta) {
    const bundled = fileURLToPath(new URL('./mergeWorker.mjs', meta));
    if (existsSync(bundled)) return new Worker(bundled);
    const source = fileURLToPath(new URL('./mergeWorker.ts', meta));
    if (!existsSync(source)) return null;
    // Node 20 workers ignore `--import tsx`: register tsx's loader in the worker, then load.
    // (Messages posted meanwhile wait in the port until the worker listens.)
    const tsx = createRequire(meta)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)})
  .then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
    return new Worker(boot, { eval: true });
  }
  // Packaged, it sits unpacked beside the asar archive (electron-builder.yml: asarUnpack).
  const cjs = join(__dirname, 'host', 'mergeWorker.mjs').replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  return existsSync(cjs) ? new Worker(cjs) : null;
}

function mergeHere(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}

let shared: UpdateMerger | null = null;

/** The process's one merger (every store shares its worker; unref'd, it never holds the process). */
export function sharedMerger(): UpdateMerger {
  shared ??= updateMerger();
  return shared;
}

export function updateMerger(): UpdateMerger {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  let offThread = false;
  interface Waiting {
    resolve: (u: Uint8Array) => void;
    reject: (err: Error) => void;
    parts: Uint8Array[];
  }
  const waiting = new Map<number, Waiting>();

  const fail = () => {
    broken = true;
    worker = null;
    // Whatever was in flight is merged here instead.
    for (const [id, w] of waiting) {
      waiting.delete(id);
      offThread = false;
      try {
        w.resolve(mergeHere(w.parts));
      } catch (err) {
        w.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = startWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      broken = true;
      return null;
    }
    worker.unref();
    worker.on('message', (reply: MergeReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      offThread = true;
      if ('merged' in reply) w.resolve(reply.merged);
      else w.reject(new Error(reply.error));
    });
    worker.on('error', fail);
    worker.on('exit', () => {
      if (waiting.size > 0 || !broken) fail();
    });
    return worker;
  };

  return {
    get offThread() {
      return offThread;
    },
    merge(parts) {
      if (parts.length <= 1) return Promise.resolve(mergeHere(parts));
      const w = start();
      if (!w) {
        offThread = false;
        return Promise.resolve(mergeHere(parts));
      }
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject, parts });
        // One transferred buffer: cloning the parts one by one stalled this thread (mergeParts.ts).
        const packed = packParts(parts);
        w.postMessage({ id, packed } satisfies MergeRequest, [packed]);
      });
    },
    async close() {
      const w = worker;
      broken = true;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
