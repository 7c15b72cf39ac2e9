// The worker thread behind updateMerger.ts: Y.mergeUpdates for compaction, off the host's main
// thread (160–200 ms for a few thousand notes, and more than linear over long logs: yjs #710).
// Self-contained on purpose (yjs and the packing next door): it runs from source under tsx and
// as its own bundle.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { unpackParts } from './mergeParts';

export interface MergeRequest {
  id: number;
  /** The updates, packed (mergeParts.ts) and transferred. */
  packed: ArrayBuffer;
}
export type MergeReply = { id: number; merged: Uint8Array } | { id: number; error: string };

/**
 * On Linux a thread has its own nice value: a merge yields the CPU to the host's main thread
 * (the hub, /time), which on a busy two-core laptop would otherwise share a core with it.
 * Elsewhere (one priority per process) this is left alone.
 */
function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // No /proc, or not allowed: merging at the same priority is still correct.
  }
}

yieldToMainThread();

parentPort?.on('message', (req: MergeRequest) => {
  try {
    const parts = unpackParts(req.packed);
    const merged = parts.length === 1 ? parts[0]!.slice() : Y.mergeUpdates(parts);
    // Yjs encodes into plain ArrayBuffers (never shared ones): hand it over without a copy.
    parentPort!.postMessage({ id: req.id, merged } satisfies MergeReply, [
      merged.buffer as ArrayBuffer,
    ]);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: String(err) } satisfies MergeReply);
  }
});
