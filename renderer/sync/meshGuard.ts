// What each path sends, wired into the providers: a client sends its own writes, never a relay of
// what another path brought (the console must not pass on mesh content over its facilitator
// connection, and the mesh's every-peer rebroadcast is what made traffic grow with N²). The
// bounded mesh passes on what it brought only while the hub is silent (meshRelay.ts). Anonymous
// writes go to the hub only, which batches them to the room. What arrives over the mesh is judged
// by the mesh's judge (shared/model/authority/meshJudge.ts) on every data channel.
import type * as Y from 'yjs';
import type { WebrtcProvider } from 'y-webrtc';
import type { WebsocketProvider } from 'y-websocket';
import { filterMeshMessage } from '../../shared/model/authority/meshJudge';
import { ANONYMOUS_ORIGIN } from '../../shared/model/origins';
import { meshRelay, type MeshRelay } from './meshRelay';

interface PeerLike {
  emit(event: string, ...args: unknown[]): boolean;
}
interface RoomLike {
  doc: Y.Doc;
  webrtcConns: Map<string, { peer: PeerLike }>;
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
}
type DocUpdateHandler = (update: Uint8Array, origin: unknown) => void;

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
