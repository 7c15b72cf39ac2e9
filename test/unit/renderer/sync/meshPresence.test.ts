// Presence over the mesh when one page's hub connection blinks, through the real hub and real
// y-webrtc rooms (their peer connections replaced by an in-process link). When its hub socket
// closes, y-websocket drops every other state on that page; y-webrtc relayed that drop to the
// mesh as removals with the states' current clocks, which every mesh peer applies, and relays on.
// So one attendee's blink emptied the presence of every page on the mesh (the projector showed
// "0 of 0 done"), and nothing brought it back but the next renewals, up to 15 s per peer: the
// states the blinking page learned again came with the same clocks, which y-protocols ignores.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { useHost, type HubSession } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { keepPresenceAcrossReconnects } from '#renderer/sync/presenceReconnect';
import { guardPaths, meshPresenceChanges } from '#renderer/sync/meshGuard';
import { presenceStore } from '#renderer/stores/presenceStore';

const hub = useHost();
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Well under a renewal period (15 s): presence that waits for renewals fails here. */
const AT_ONCE = { timeout: 3000 };

interface MeshConnLike {
  peer: { send(m: Uint8Array): void; emit(event: string, ...args: unknown[]): boolean };
  connected: boolean;
  synced: boolean;
  destroy(): void;
}
interface RoomLike {
  webrtcConns: Map<string, MeshConnLike>;
  _bcSubscriber(data: Uint8Array): Promise<void>;
}

let pages = 0;

/** A page as connectSession makes one: hub and mesh on one awareness, the paths guarded. */
function page(s: HubSession, name: string | null) {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const { provider: hubProvider, participantId } = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    doc,
    awareness,
    role: name
      ? { as: 'attendee', joinCode: s.joinCode }
      : { as: 'facilitator', key: hub.host.facilitatorKey },
  });
  const stopPresence = keepPresenceAcrossReconnects(hubProvider, awareness);
  // One room name per page: y-webrtc allows a room name once per process.
  const mesh = new WebrtcProvider(`mesh-presence-${++pages}`, doc, {
    signaling: [],
    awareness,
    filterBcConns: true,
  });
  const stopGuard = guardPaths(doc, hubProvider, mesh);
  stops.push(() => {
    stopGuard();
    stopPresence();
    mesh.destroy();
    hubProvider.destroy();
  });
  if (name)
    awareness.setLocalStateField('user', {
      participantId,
      name,
      role: 'attendee',
    });
  const room = async () => {
    await (mesh as unknown as { key: Promise<unknown> }).key;
    return (mesh as unknown as { room: RoomLike }).room;
  };
  return { doc, awareness, hub: hubProvider, room };
}
type Page = ReturnType<typeof page>;

/** A mesh link between two pages: what one room sends, the other reads (as y-webrtc's peers). */
async function link(a: Page, b: Page) {
  const [ra, rb] = await Promise.all([a.room(), b.room()]);
  const conn = (to: () => MeshConnLike, into: RoomLike): MeshConnLike => ({
    connected: true,
    synced: true,
    destroy() {},
    peer: {
      send: (m) => void to().peer.emit('data', m),
      emit: (event, ...args) => {
        if (event === 'data') void into._bcSubscriber(args[0] as Uint8Array);
        return true;
      },
    },
  });
  const ab = conn(() => ba, ra);
  const ba = conn(() => ab, rb);
  ra.webrtcConns.set('b', ab);
  rb.webrtcConns.set('a', ba);
}

const online = (p: Page) =>
  presenceStore(p.awareness)
    .getState()
    .online.map((u) => u.name);

it("one attendee's hub connection blinking leaves the mesh's presence as it was", async () => {
  const s = await hub.session('Mesh presence');
  const projector = page(s, null);
  const ada = page(s, 'Ada');
  const bob = page(s, 'Bob');
  await link(projector, bob);
  await expect.poll(() => online(projector), AT_ONCE).toEqual(['Ada', 'Bob']);

  bob.hub.disconnect();
  bob.hub.connect();
  await expect.poll(() => bob.awareness.getStates().has(ada.doc.clientID), AT_ONCE).toBe(true);
  // Whatever the blink sent the mesh has arrived once this later change of Bob's has, and the
  // projector's presence has been read since once it publishes a read after that change.
  const store = presenceStore(projector.awareness);
  const read = new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (!marked()) return;
      unsubscribe();
      resolve();
    });
  });
  const marked = () =>
    (projector.awareness.getStates().get(bob.doc.clientID) as { mark?: number } | undefined)
      ?.mark === 1;
  bob.awareness.setLocalStateField('mark', 1);
  await read;
  expect(online(projector)).toEqual(['Ada', 'Bob']);
});

it('the mesh hears what a page heard, not the states it timed out or lost with its hub socket', () => {
  const hubLike = { wsconnected: true };
  const gone = { added: [], updated: [], removed: [7, 8] };
  // Heard: the hub says who left, the mesh relays, the page leaves itself.
  expect(meshPresenceChanges(gone, hubLike, hubLike, 1)).toBe(gone);
  expect(meshPresenceChanges(gone, { mesh: true }, hubLike, 1)).toBe(gone);
  expect(meshPresenceChanges({ ...gone, removed: [1] }, 'disconnect', hubLike, 1)?.removed).toEqual(
    [1],
  );
  // Concluded: nobody renewed for 30 s here, or this page's hub socket closed.
  expect(meshPresenceChanges(gone, 'timeout', hubLike, 1)).toBeNull();
  const closed = { wsconnected: false };
  expect(meshPresenceChanges(gone, closed, closed, 1)).toBeNull();
});
