// What each path sends, wired into the providers: a client sends its own writes, never a relay of
// what another path brought (the console must not pass on mesh content over its facilitator
// connection, and the mesh's every-peer rebroadcast is what made traffic grow with N²). The
// bounded mesh passes on what it brought only while the hub is silent (meshRelay.ts). Anonymous
// writes go to the hub only, which batches them to the room, and stay out of what the page answers
// on the mesh until that batch is back (anonymousHold.ts). What arrives over the mesh is judged
// by the mesh's judge (shared/model/authority/meshJudge.ts) on every data channel.
//
// And presence: the mesh carries none. Any peer on it could send anyone's state at any clock (a
// clock of 2^53 withdrew an attendee from every page for good, since y-protocols ignores every
// later clock), and y-webrtc relayed each page's own conclusions (a closed hub socket, a time-out)
// as removals. Who is online, and so "N of M done", is what the hub's awareness says: the host
// admits each state only from its own connection (hubAuthority.ts: filterAwareness).
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import type { WebrtcProvider } from 'y-webrtc';
import type { WebsocketProvider } from 'y-websocket';
import { filterMeshMessage } from '../../shared/model/authority/meshJudge';
import { ANONYMOUS_ORIGIN } from '../../shared/model/origins';
import { applyFromHub } from '../../shared/model/authority/hubDelivered';
import { meshRelay, type MeshRelay } from './meshRelay';
import { AnonymousHold, type HoldStore } from './anonymousHold';

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

function guardPeer(doc: Y.Doc, conn: { peer: PeerLike }, hold: AnonymousHold): void {
  const peer = conn.peer;
  const emit = peer.emit.bind(peer);
  peer.emit = (event: string, ...args: unknown[]) => {
    if (event === 'data' && args[0] instanceof Uint8Array) {
      if (isPresence(args[0])) return true;
      return emit('data', filterMeshMessage(doc, args[0]));
    }
    return emit(event, ...args);
  };
  const send = peer.send.bind(peer);
  peer.send = (message: Uint8Array) => {
    if (!isPresence(message)) send(hold.outgoing(message));
  };
}

/** y-webrtc's awareness (1) and awareness query (3) messages. */
function isPresence(message: Uint8Array): boolean {
  try {
    const type = decoding.readVarUint(decoding.createDecoder(message));
    return type === 1 || type === 3;
  } catch {
    return false;
  }
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
function holdAnonymous(doc: Y.Doc, hub: WebsocketProvider, store: HoldStore | null): AnonymousHold {
  const hold = new AnonymousHold(doc, store);
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
      const kind = decoding.readVarUint(peek);
      if (kind !== 0) hold.heardFromHub(decoding.readVarUint8Array(peek));
      else hold.heardHubState(decoding.readVarUint8Array(peek));
    } catch {
      // a malformed message was y-websocket's to refuse; nothing is confirmed by it
    }
  };
  return hold;
}

/**
 * Notes which structs the hub brought (shared/model/authority/hubDelivered.ts): readers check
 * the signatures of names and note authors only on what the mesh brought.
 */
function markHubDeliveries(doc: Y.Doc, hub: WebsocketProvider): void {
  const handlers = (hub as unknown as { messageHandlers: HubHandler[] }).messageHandlers;
  const sync = handlers[0]!;
  handlers[0] = (encoder, decoder, provider, emitSynced, messageType) =>
    applyFromHub(doc, () => sync(encoder, decoder, provider, emitSynced, messageType));
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
  /** Where a page with a local copy keeps what it holds back, across a reload (anonymousHold.ts). */
  holdStore: HoldStore | null = null,
): () => void {
  const hubHandlers = hub as unknown as { _updateHandler: DocUpdateHandler };
  sendOnly(
    doc,
    () => hubHandlers._updateHandler,
    (h) => (hubHandlers._updateHandler = h),
    (origin) => origin === hub || (mesh !== null && origin === mesh.room),
  );
  markHubDeliveries(doc, hub);
  if (!mesh) return () => {};
  const hold = holdAnonymous(doc, hub, holdStore);
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
    room.awareness.off('update', room._awarenessUpdateHandler);
    room._awarenessUpdateHandler = () => {};
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
