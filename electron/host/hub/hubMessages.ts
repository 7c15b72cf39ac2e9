// The hub's wire format: y-websocket's messages (a varuint type, then the y-protocols sync or
// awareness payload), so any standard Yjs client or server speaks it; and big messages compressed
// once, for the clients that inflate them (MSG_DEFLATED).
import type * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { deflateRawSync } from 'node:zlib';
import { deflatedMessage } from '../../../shared/protocol/deflatedMessage';

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

/** Each big message's compressed form, made once for every peer it goes to (a broadcast, the
 * full state kept for newcomers: the same bytes object). */
const compressedOnce = new WeakMap<Uint8Array, Uint8Array>();

/**
 * `message` as MSG_DEFLATED (shared/protocol/deflatedMessage.ts), compressed on its first use and
 * kept as long as the message is. Level 1: a 5,000-note sync (1 MB) takes 5–6 ms on the host's
 * main thread once, against 16 ms at level 6 for 3 % fewer bytes. A message that does not shrink
 * goes as it is.
 */
export function compressedMessage(message: Uint8Array): Uint8Array {
  let out = compressedOnce.get(message);
  if (!out) {
    const wrapped = deflatedMessage(deflateRawSync(message, { level: 1 }));
    out = wrapped.length < message.length ? wrapped : message;
    compressedOnce.set(message, out);
  }
  return out;
}
