// The hub's wire format: y-websocket's messages (a varuint type, then the y-protocols sync or
// awareness payload), so any standard Yjs client or server speaks it.
import type * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';

export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_QUERY_AWARENESS = 3;

/** An awareness message with no states: tells a client the hub is alive, changes nothing. */
export const ALIVE_MESSAGE = new Uint8Array([MSG_AWARENESS, 1, 0]);

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_SYNC);
  syncProtocol.writeSyncStep1(enc, doc);
  return encoding.toUint8Array(enc);
}

/** Sync step 2 carrying `update` (what the peer's state vector lacks, or more). */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_SYNC);
  encoding.writeVarUint(enc, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
}

/** The awareness states of `clientIds` (every state when omitted), or null when there are none. */
export function awarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clientIds: number[] = [...awareness.getStates().keys()],
): Uint8Array | null {
  if (clientIds.length === 0) return null;
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_AWARENESS);
  encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(enc);
}
