// After a damaged log record is skipped, Yjs would hold back every later update of the same
// writer (its clocks must be contiguous), so one flipped byte would hide all that writer's later
// notes. The filler marks the lost clock range as garbage-collected content (a GC struct, what
// Yjs itself leaves for deleted content), so everything after it integrates: only what the
// damaged record held is lost. Used only when damage was found (recovery.ts).
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

/** A v1 update holding one GC struct covering `length` clocks of `client` from `clock`. */
function gcUpdate(client: number, clock: number, length: number): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 1); // one client
  encoding.writeVarUint(enc, 1); // one struct
  encoding.writeVarUint(enc, client);
  encoding.writeVarUint(enc, clock);
  encoding.writeUint8(enc, 0); // GC
  encoding.writeVarUint(enc, length);
  encoding.writeVarUint(enc, 0); // empty delete set
  return encoding.toUint8Array(enc);
}

/** The update that fills every clock gap `updates` leave, or null when they leave none. Bounded:
 * each round fills at least one gap, and there are at most as many gaps as updates. */
export function gapFiller(updates: readonly Uint8Array[]): {
  filler: Uint8Array | null;
  gaps: number;
} {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  const fillers: Uint8Array[] = [];
  for (let round = 0; round <= updates.length && doc.store.pendingStructs; round++) {
    const { from } = Y.parseUpdateMetaV2(doc.store.pendingStructs.update);
    const state = Y.decodeStateVector(Y.encodeStateVector(doc));
    let filled = false;
    for (const [client, clock] of from) {
      const have = state.get(client) ?? 0;
      if (clock <= have) continue;
      const filler = gcUpdate(client, have, clock - have);
      fillers.push(filler);
      Y.applyUpdate(doc, filler);
      filled = true;
    }
    if (!filled) break;
  }
  doc.destroy();
  return {
    filler: fillers.length > 0 ? Y.mergeUpdates(fillers) : null,
    gaps: fillers.length,
  };
}
