// The worker thread behind updateMerger.ts: Y.mergeUpdates for compaction, off the host's main
// thread (160–200 ms for a few thousand notes, and more than linear over long logs: yjs #710).
// Self-contained on purpose (only yjs): it runs from source under tsx and as its own bundle.
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';

export interface MergeRequest {
  id: number;
  parts: Uint8Array[];
}
export type MergeReply = { id: number; merged: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (req: MergeRequest) => {
  try {
    const merged = req.parts.length === 1 ? req.parts[0]! : Y.mergeUpdates(req.parts);
    // Yjs encodes into plain ArrayBuffers (never shared ones): hand it over without a copy.
    parentPort!.postMessage({ id: req.id, merged } satisfies MergeReply, [
      merged.buffer as ArrayBuffer,
    ]);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: String(err) } satisfies MergeReply);
  }
});
