// What the WebRTC mesh may carry (DESIGN.md §5). Any peer on the mesh can send anything under
// any client id, so every client judges what arrives there with the schema's rules: nothing
// facilitator- or host-only (that comes from the hub, which knows who is who), no writes into
// entries the host binds to someone else, no anonymous vote keys (those come through the host),
// and deletes only beside their owner's own writes (plain deletes wait for the hub).
//
// And what each path sends: a client sends its own writes, never a relay of what another path
// brought (the console must not pass on mesh content over its facilitator connection, and the
// mesh's every-peer rebroadcast is what made traffic grow with N²). The bounded mesh passes on
// what it brought only while the hub is silent (meshRelay.ts). Anonymous writes go to the hub
// only, which batches them to the room.
//
// And presence: a page tells the mesh what it heard, never what it concluded on its own
// (meshPresenceChanges below).
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebrtcProvider } from 'y-webrtc';
import type { WebsocketProvider } from 'y-websocket';
import { boundWriter, judgeUpdate, type Writer } from '../../shared/model/authority/judgeUpdate';
import { ANONYMOUS_ORIGIN } from '../../shared/model/board/boardWrite';
import { meshRelay, type MeshRelay } from './meshRelay';

const MESSAGE_SYNC = 0;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** Filters one y-webrtc message; sync updates are rewritten to what the rules accept. */
export function filterMeshMessage(doc: Y.Doc, data: Uint8Array): Uint8Array {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return data;
    const kind = decoding.readVarUint(decoder);
    if (kind !== 1 && kind !== 2) return data; // step 1 carries only a state vector
    const update = decoding.readVarUint8Array(decoder);
    const verdict = judgeUpdate(doc, update, {
      writerOf: (client): Writer | null => {
        const bound = boundWriter(doc, client);
        if (bound?.kind === 'facilitator') return null; // the facilitator writes over the hub
        return bound ?? { kind: 'unknown', client };
      },
      ownerOf: (client) => boundWriter(doc, client) ?? { kind: 'unknown', client },
      deleter: null,
    });
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

interface PeerLike {
  emit(event: string, ...args: unknown[]): boolean;
}
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}
type AwarenessHandler = (changes: AwarenessChanges, origin: unknown) => void;
interface RoomLike {
  doc: Y.Doc;
  awareness: Awareness;
  webrtcConns: Map<string, { peer: PeerLike }>;
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
  _awarenessUpdateHandler: AwarenessHandler;
}
type DocUpdateHandler = (update: Uint8Array, origin: unknown) => void;

/**
 * The part of a presence change this page tells the mesh; null for none. y-webrtc relays every
 * change whatever its origin, and a removal it relays carries the state's current clock, which
 * removes that state on every peer that hears it (and each relays it on). Two removals are only
 * this page's view: y-websocket drops every other state when the hub socket closes, and
 * y-protocols drops a state this page heard no renewal of for 30 s (every peer times states out
 * itself). Relayed, one attendee's blinking Wi-Fi emptied the presence of every page on the mesh
 * ("0 of 0 done" on the projector) until the next renewals, up to 15 s per peer: the states the
 * page learns again on reconnect come with the same clocks, which y-protocols ignores.
 */
export function meshPresenceChanges(
  changes: AwarenessChanges,
  origin: unknown,
  hub: { wsconnected: boolean },
  ownClientId: number,
): AwarenessChanges | null {
  const concluded = origin === 'timeout' || (origin === hub && !hub.wsconnected);
  const told = concluded
    ? { ...changes, removed: changes.removed.filter((id) => id === ownClientId) }
    : changes;
  return told.added.length + told.updated.length + told.removed.length > 0 ? told : null;
}

function guardPeer(doc: Y.Doc, conn: { peer: PeerLike }): void {
  const peer = conn.peer;
  const emit = peer.emit.bind(peer);
  peer.emit = (event: string, ...args: unknown[]) => {
    if (event === 'data' && args[0] instanceof Uint8Array)
      return emit('data', filterMeshMessage(doc, args[0]));
    return emit(event, ...args);
  };
}

/** Replaces a provider's doc-update listener with one that skips the given origins. */
function sendOnly(
  doc: Y.Doc,
  get: () => DocUpdateHandler,
  set: (h: DocUpdateHandler) => void,
  skip: (origin: unknown, update: Uint8Array) => boolean,
): void {
  const original = get();
  const filtered: DocUpdateHandler = (update, origin) => {
    if (!skip(origin, update)) original(update, origin);
  };
  doc.off('update', original);
  set(filtered);
  doc.on('update', filtered);
}

/** Applies the rules above to one connection's mesh and hub providers. */
export function guardPaths(
  doc: Y.Doc,
  hub: WebsocketProvider,
  mesh: WebrtcProvider | null,
): () => void {
  const hubHandlers = hub as unknown as { _updateHandler: DocUpdateHandler };
  sendOnly(
    doc,
    () => hubHandlers._updateHandler,
    (h) => (hubHandlers._updateHandler = h),
    (origin) => origin === hub || (mesh !== null && origin === mesh.room),
  );
  if (!mesh) return () => {};
  let relay: MeshRelay | null = null;
  // y-webrtc opens its room a microtask after construction (it awaits its key first).
  const withRoom = mesh as unknown as { key: Promise<unknown>; room: RoomLike | null };
  void withRoom.key.then(() => {
    const room = withRoom.room;
    if (!room) return;
    const wasRegistered = room._docUpdateHandler;
    // What the mesh brought goes on over the mesh only while the hub is silent (meshRelay.ts).
    relay = meshRelay(
      {
        lastMessageAt: () => hub.wsLastMessageReceived,
        connected: () => hub.wsconnected,
      },
      (update) => wasRegistered(update, room),
    );
    const live = relay;
    sendOnly(
      doc,
      () => wasRegistered,
      (h) => (room._docUpdateHandler = h),
      (origin, update) => {
        if (origin === room) live.offer(update);
        return origin === hub || origin === room || origin === ANONYMOUS_ORIGIN;
      },
    );
    const sendPresence = room._awarenessUpdateHandler;
    const tellPresence: AwarenessHandler = (changes, origin) => {
      const told = meshPresenceChanges(changes, origin, hub, room.awareness.clientID);
      if (told) sendPresence(told, origin);
    };
    room.awareness.off('update', sendPresence);
    room._awarenessUpdateHandler = tellPresence;
    room.awareness.on('update', tellPresence);
    for (const conn of room.webrtcConns.values()) guardPeer(doc, conn);
    const conns = room.webrtcConns;
    const set = conns.set.bind(conns);
    conns.set = (key, conn) => {
      guardPeer(doc, conn);
      return set(key, conn);
    };
  });
  return () => relay?.destroy();
}
