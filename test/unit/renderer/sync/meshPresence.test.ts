// Presence over the mesh, through the real hub and real y-webrtc rooms (their peer connections
// replaced by an in-process link). The mesh carries no presence: y-webrtc relayed a page's own
// conclusions (its hub socket closed: every other state dropped) as removals to every mesh peer,
// which emptied the projector ("0 of 0 done") until the next renewals; and any peer could send
// anyone's state at any clock, so a clock of 2^53 withdrew an attendee from the projector for
// good (y-protocols ignores every later, smaller clock). Who is online is the hub's word.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { PARKING_LOT } from '#shared/model/parkingLot/names';
import { CLIENTS_MAP } from '#shared/model/session/names';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { useHost, type HubSession } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { keepPresenceAcrossReconnects } from '#renderer/sync/presenceReconnect';
import { guardPaths } from '#renderer/sync/meshGuard';
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

it('a mesh peer cannot withdraw an attendee with an awareness clock of 2^53', async () => {
  const s = await hub.session('Mesh presence clock');
  const projector = page(s, null);
  const ada = page(s, 'Ada');
  const mallory = page(s, 'Mallory');
  await link(projector, mallory);
  await expect.poll(() => online(projector), AT_ONCE).toEqual(['Ada', 'Mallory']);
  // Mallory's devtools: Ada's client id, gone (a null state), at a clock nothing renews past.
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 1); // y-webrtc's awareness message
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, ada.doc.clientID);
  encoding.writeVarUint(update, 2 ** 53);
  encoding.writeVarString(update, 'null');
  encoding.writeVarUint8Array(enc, encoding.toUint8Array(update));
  const toProjector = (await mallory.room()).webrtcConns.get('a')!;
  toProjector.peer.send(encoding.toUint8Array(enc));
  // A note after it over the same link: once it is there, the forged presence was read too.
  // (Written under Mallory's own client id, which the host bound: the mesh takes nothing else.)
  await expect
    .poll(() => projector.doc.getMap(CLIENTS_MAP).has(String(mallory.doc.clientID)), AT_ONCE)
    .toBe(true);
  const marker = new Y.Doc();
  marker.clientID = mallory.doc.clientID;
  marker.getMap(PARKING_LOT).set('after', new Y.Map([['text', 'marker']]));
  const sync = encoding.createEncoder();
  encoding.writeVarUint(sync, 0);
  syncProtocol.writeUpdate(sync, Y.encodeStateAsUpdate(marker));
  toProjector.peer.send(encoding.toUint8Array(sync));
  await expect.poll(() => projector.doc.getMap(PARKING_LOT).has('after'), AT_ONCE).toBe(true);
  expect(projector.awareness.getStates().has(ada.doc.clientID)).toBe(true);
  // And Ada's later renewals still count.
  ada.awareness.setLocalStateField('mark', 1);
  await expect
    .poll(
      () =>
        (projector.awareness.getStates().get(ada.doc.clientID) as { mark?: number } | undefined)
          ?.mark,
      AT_ONCE,
    )
    .toBe(1);
});
