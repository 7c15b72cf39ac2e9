// Who is online (renderer/stores/presenceStore.ts), in every order presence and the host's client
// bindings can arrive in, without waiting for anyone's renewal (every 15 s): the store re-reads
// on every change of either, so a count that is wrong now is not put right by a later renewal.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { presenceStore } from '#renderer/stores/presenceStore';
import { keepPresenceAcrossReconnects } from '#renderer/sync/presenceReconnect';
import { CLIENTS_MAP } from '#shared/model/session/names';
import { useHost, type HubSession } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';

/** Well under a renewal period (15 s): a count that waits for renewals fails here. */
const AT_ONCE = { timeout: 3000 };

const online = (awareness: Awareness) =>
  presenceStore(awareness)
    .getState()
    .online.map((u) => u.name);

describe('in memory', () => {
  const awarenesses: Awareness[] = [];
  afterEach(() => {
    for (const a of awarenesses.splice(0)) a.destroy();
  });

  /** The projector's doc and awareness, the host's doc that binds client ids, and an attendee. */
  function room() {
    const projector = new Awareness(new Y.Doc());
    const host = new Y.Doc();
    host.on('update', (u: Uint8Array) => Y.applyUpdate(projector.doc, u, 'hub'));
    const ada = new Awareness(new Y.Doc());
    awarenesses.push(projector, ada);
    ada.setLocalStateField('user', { participantId: 'p-ada', name: 'Ada', role: 'attendee' });
    return {
      projector,
      ada,
      bind: () => host.getMap(CLIENTS_MAP).set(String(ada.clientID), 'p-ada'),
      /** Ada's state as the hub relays it, with the clock she gave it. */
      relay: () =>
        applyAwarenessUpdate(projector, encodeAwarenessUpdate(ada, [ada.clientID]), 'hub'),
    };
  }

  it('counts an attendee whose binding arrives after her presence', async () => {
    const r = room();
    presenceStore(r.projector);
    r.relay();
    await expect.poll(() => r.projector.getStates().has(r.ada.clientID)).toBe(true);
    r.bind();
    await expect.poll(() => online(r.projector), AT_ONCE).toEqual(['Ada']);
  });

  it('counts an attendee whose presence arrives after her binding', async () => {
    const r = room();
    presenceStore(r.projector);
    r.bind();
    r.relay();
    await expect.poll(() => online(r.projector), AT_ONCE).toEqual(['Ada']);
  });

  it('counts an attendee again whose unchanged state comes back after it was removed', async () => {
    const r = room();
    r.bind();
    r.relay();
    await expect.poll(() => online(r.projector), AT_ONCE).toEqual(['Ada']);
    removeAwarenessStates(r.projector, [r.ada.clientID], 'hub');
    await expect.poll(() => online(r.projector), AT_ONCE).toEqual([]);
    // Her renewal: the same state under a newer clock (y-protocols calls it a change here).
    r.ada.setLocalState(r.ada.getLocalState());
    r.relay();
    await expect.poll(() => online(r.projector), AT_ONCE).toEqual(['Ada']);
  });
});

describe('through the hub', () => {
  const hub = useHost();
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  function page(s: HubSession, name: string | null) {
    const { provider, participantId } = connectHubPeer({
      url: hub.host.localUrl,
      sessionId: s.id,
      role: name
        ? { as: 'attendee', joinCode: s.joinCode }
        : { as: 'facilitator', key: hub.host.facilitatorKey },
    });
    const stop = keepPresenceAcrossReconnects(provider, provider.awareness);
    stops.push(() => {
      stop();
      provider.destroy();
    });
    if (name)
      provider.awareness.setLocalStateField('user', {
        participantId,
        name,
        role: 'attendee',
      });
    return provider;
  }

  it('counts the room on a projector that joins after it, and whoever joins later', async () => {
    const s = await hub.session('Presence orders');
    const ada = page(s, 'Ada');
    page(s, 'Bob');
    await expect.poll(() => ada.awareness.getStates().size, AT_ONCE).toBe(2);
    const projector = page(s, null);
    await expect.poll(() => online(projector.awareness), AT_ONCE).toEqual(['Ada', 'Bob']);
    page(s, 'Cleo');
    await expect.poll(() => online(projector.awareness), AT_ONCE).toEqual(['Ada', 'Bob', 'Cleo']);
    projector.disconnect();
    await expect.poll(() => online(projector.awareness), AT_ONCE).toEqual([]);
    projector.connect();
    await expect.poll(() => online(projector.awareness), AT_ONCE).toEqual(['Ada', 'Bob', 'Cleo']);
  });
});
