// What each path sends, wired into the providers: a client sends its own writes, never a relay of
// what another path brought (the console must not pass on mesh content over its facilitator
// connection, and the mesh's every-peer rebroadcast is what made traffic grow with N²). The
// bounded mesh passes on what it brought only while the hub is silent (meshRelay.ts). Anonymous
// writes go to the hub only, which batches them to the room, and stay out of what the page answers
// on the mesh until that batch is back (anonymousHold.ts). What arrives over the mesh is judged
// by the mesh's judge (shared/model/authority/meshJudge.ts) on every data channel.
//
// And presence: a page tells the mesh what it heard, never what it concluded on its own
// (meshPresenceChanges below).
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import type { WebrtcProvider } from 'y-webrtc';
import type { WebsocketProvider } from 'y-websocket';
import { filterMeshMessage } from '../../shared/model/authority/meshJudge';
import { ANONYMOUS_ORIGIN } from '../../shared/model/origins';
import { meshRelay, type MeshRelay } from './meshRelay';
import { AnonymousHold } from './anonymousHold';

interface PeerLike {
  emit(event: string, ...args: unknown[]): boolean;
  send(message: Uint8Array): void;
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

function guardPeer(doc: Y.Doc, conn: { peer: PeerLike }, hold: AnonymousHold): void {
  const peer = conn.peer;
  const emit = peer.emit.bind(peer);
  peer.emit = (event: string, ...args: unknown[]) => {
    if (event === 'data' && args[0] instanceof Uint8Array)
      return emit('data', filterMeshMessage(doc, args[0]));
    return emit(event, ...args);
  };
  const send = peer.send.bind(peer);
  peer.send = (message: Uint8Array) => send(hold.outgoing(message));
}

type HubHandler = (
  encoder: unknown,
  decoder: decoding.Decoder,
  provider: unknown,
  emitSynced: boolean,
  messageType: number,
) => void;

/**
 * Holds this page's anonymous writes off the mesh until the hub sends them back: records each
 * anonymous transaction, keeps the items it deletes from garbage collection (a collected item
 * would show a probe its deletion in its own form), and reads every update the hub delivers.
 */
function holdAnonymous(doc: Y.Doc, hub: WebsocketProvider): AnonymousHold {
  const hold = new AnonymousHold(doc);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === ANONYMOUS_ORIGIN) hold.wrote(update);
  });
  let cleaning: unknown = null;
  doc.on('beforeObserverCalls', (tr: Y.Transaction) => (cleaning = tr.origin));
  const gcFilter = doc.gcFilter;
  doc.gcFilter = (item) => cleaning !== ANONYMOUS_ORIGIN && gcFilter(item);
  const handlers = (hub as unknown as { messageHandlers: HubHandler[] }).messageHandlers;
  const sync = handlers[0]!;
  handlers[0] = (encoder, decoder, provider, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    sync(encoder, decoder, provider, emitSynced, messageType);
    if (hold.empty) return;
    try {
      if (decoding.readVarUint(peek) !== 0) hold.heardFromHub(decoding.readVarUint8Array(peek));
    } catch {
      // a malformed message was y-websocket's to refuse; nothing is confirmed by it
    }
  };
  return hold;
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
  const hold = holdAnonymous(doc, hub);
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
    for (const conn of room.webrtcConns.values()) guardPeer(doc, conn, hold);
    const conns = room.webrtcConns;
    const set = conns.set.bind(conns);
    conns.set = (key, conn) => {
      guardPeer(doc, conn, hold);
      return set(key, conn);
    };
  });
  return () => relay?.destroy();
}
