// Presence through the real hub in batches: a visible change reaches the room at once, renewals
// from many attendees reach each one as one awareness message, not one per renewal.
import { afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import { useHost } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';

const hub = useHost();
const providers: WebsocketProvider[] = [];

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});

const session = () => hub.session('Presence');

/** An attendee that counts the awareness messages carrying at least one state. */
function attendee(s: { id: string; joinCode: string }) {
  let presenceFrames = 0;
  class Counting extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (data: ArrayBuffer | Buffer) => {
        // [1, length, count, …]: an empty batch (the hub's keep-alive) has count 0.
        const bytes = new Uint8Array(data);
        if (bytes[0] === 1 && bytes[2] !== 0) presenceFrames++;
      });
    }
  }
  const { doc, provider, synced } = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    role: { as: 'attendee', joinCode: s.joinCode },
    WebSocket: Counting,
  });
  providers.push(provider);
  return { doc, provider, synced, frames: () => presenceFrames };
}

const nameOf = (a: ReturnType<typeof attendee>, id: number) =>
  (a.provider.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user
    ?.name;

it('sends presence changes at once and renewals of many attendees in one message', async () => {
  const s = await session();
  const watcher = attendee(s);
  const others = [0, 1, 2, 3, 4].map(() => attendee(s));
  await Promise.all([watcher.synced, ...others.map((o) => o.synced)]);
  others.forEach((o, i) => o.provider.awareness.setLocalStateField('user', { name: `P${i}` }));
  await expect
    .poll(() => others.map((o) => nameOf(watcher, o.doc.clientID)), { timeout: 5000 })
    .toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);

  // Five renewals (the same state again, as y-protocols sends every 15 s) within one batch.
  const clock = (id: number) => watcher.provider.awareness.meta.get(id)?.clock ?? -1;
  const before = others.map((o) => clock(o.doc.clientID));
  const framesBefore = watcher.frames();
  for (const o of others) o.provider.awareness.setLocalState(o.provider.awareness.getLocalState());
  await expect
    .poll(() => others.map((o, i) => clock(o.doc.clientID) > before[i]!), { timeout: 10_000 })
    .toEqual([true, true, true, true, true]);
  expect(watcher.frames() - framesBefore).toBe(1);
  // Nothing visible changed, so the names are still there.
  expect(others.map((o) => nameOf(watcher, o.doc.clientID))).toEqual([
    'P0',
    'P1',
    'P2',
    'P3',
    'P4',
  ]);
});

it('tells the room at once when an attendee leaves', async () => {
  const s = await session();
  const watcher = attendee(s);
  const leaving = attendee(s);
  await Promise.all([watcher.synced, leaving.synced]);
  leaving.provider.awareness.setLocalStateField('user', { name: 'Leaving' });
  await expect.poll(() => nameOf(watcher, leaving.doc.clientID)).toBe('Leaving');
  leaving.provider.destroy();
  await expect
    .poll(() => watcher.provider.awareness.getStates().has(leaving.doc.clientID), { timeout: 2000 })
    .toBe(false);
});

it('refuses an awareness clock far past the last one seen (2^53), so later states still count', async () => {
  const s = await session();
  const watcher = attendee(s);
  const jumper = attendee(s);
  await Promise.all([watcher.synced, jumper.synced]);
  jumper.provider.awareness.setLocalStateField('user', { name: 'Before' });
  await expect.poll(() => nameOf(watcher, jumper.doc.clientID)).toBe('Before');
  // Its own client id (the hub takes no other), gone, at a clock nothing would renew past.
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, jumper.doc.clientID);
  encoding.writeVarUint(update, 2 ** 53);
  encoding.writeVarString(update, 'null');
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  (jumper.provider.ws as unknown as WebSocket).send(encoding.toUint8Array(message));
  jumper.provider.awareness.setLocalStateField('user', { name: 'After' });
  await expect.poll(() => nameOf(watcher, jumper.doc.clientID), { timeout: 5000 }).toBe('After');
  const replica = await hub.host.hub.open(s.id);
  expect(replica.awareness.meta.get(jumper.doc.clientID)!.clock).toBeLessThan(1000);
});
