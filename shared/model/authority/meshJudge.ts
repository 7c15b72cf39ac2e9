// The mesh's judge: what a client accepts from the WebRTC mesh. Any peer on the mesh can send
// anything under any client id, so every client judges what arrives there with the schema's rules
// and no sender: nothing facilitator- or host-only (that comes from the hub, which knows who is
// who), nothing of a client the host has not bound to a participant, nothing but their name from
// a participant the roster does not admit (waiting in the lobby, or removed), no writes into
// entries the host binds to someone else, no anonymous vote keys (those come through the host),
// and deletes only beside their owner's own writes (plain deletes wait for the hub). Pure: the renderer wires it into every data channel (renderer/sync/meshGuard.ts).
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { boundWriter, judgeUpdate, type Verdict, type Writer } from './judgeUpdate';
import { isAdmitted, rosterEmpty } from '../roster/read';

const MESSAGE_SYNC = 0;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * What a client may apply of an update the mesh brought: structs only of clients the host's
 * bindings give to a participant (the facilitator writes over the hub; a client nobody vouched for,
 * an anonymous one-off id included, waits for the hub), judged as that participant's writes.
 */
export function judgeMeshUpdate(doc: Y.Doc, update: Uint8Array): Verdict {
  return judgeUpdate(doc, update, {
    writerOf: (client): Writer | null => {
      const bound = boundWriter(doc, client);
      return bound?.kind === 'participant' ? bound : null;
    },
    ownerOf: (client) => boundWriter(doc, client) ?? { kind: 'unknown', client },
    deleter: null,
    // As on the hub: the roster the host wrote says who counts (a doc no host ran: everyone).
    admitted: (participantId) => isAdmitted(doc, participantId) || rosterEmpty(doc),
  });
}

/** Filters one y-webrtc message; sync updates are rewritten to what the rules accept. */
export function filterMeshMessage(doc: Y.Doc, data: Uint8Array): Uint8Array {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return data;
    const kind = decoding.readVarUint(decoder);
    if (kind !== 1 && kind !== 2) return data; // step 1 carries only a state vector
    const update = decoding.readVarUint8Array(decoder);
    const verdict = judgeMeshUpdate(doc, update);
    if (verdict.whole) return data;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    encoding.writeVarUint(enc, kind);
    encoding.writeVarUint8Array(enc, verdict.update ?? EMPTY_UPDATE);
    return encoding.toUint8Array(enc);
  } catch {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    encoding.writeVarUint(enc, 2);
    encoding.writeVarUint8Array(enc, EMPTY_UPDATE);
    return encoding.toUint8Array(enc);
  }
}
