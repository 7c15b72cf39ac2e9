// Presence across a dropped hub connection, through the real hub: whoever reconnects sees the
// room again at once, and the room sees them again at once — not after the next renewals (up to
// 15 s per peer). y-websocket drops every other state when its socket closes but keeps their
// clocks, so the hub's list of the same states was ignored on reconnect; and the hub ignored the
// reconnecting client's own state, sent again with the clock it already had.
import { afterEach, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { useHost } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { keepPresenceAcrossReconnects } from '#renderer/sync/presenceReconnect';

const hub = useHost();
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const session = () => hub.session('Presence');

function attendee(s: { id: string; joinCode: string }, name: string) {
  const { doc, provider } = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    role: { as: 'attendee', joinCode: s.joinCode },
  });
  const stop = keepPresenceAcrossReconnects(provider, provider.awareness);
  stops.push(() => {
    stop();
    provider.destroy();
  });
  provider.awareness.setLocalStateField('user', { name });
  return { doc, provider };
}

/** The socket closes without a goodbye (Wi-Fi lost): no removal of the page's own state. */
function drop(provider: WebsocketProvider, reconnect: boolean): Promise<void> {
  const closed = new Promise<void>((resolve) => provider.once('connection-close', () => resolve()));
  provider.shouldConnect = reconnect;
  provider.ws?.close();
  return closed;
}

const sees = (a: ReturnType<typeof attendee>, b: ReturnType<typeof attendee>) =>
  a.provider.awareness.getStates().has(b.doc.clientID);

/** Well under a renewal period (15 s): a fix that waits for renewals fails here. */
const AT_ONCE = { timeout: 3000 };

it('a page whose hub connection drops sees the room again as soon as it is back', async () => {
  const s = await session();
  const projector = attendee(s, 'Projector');
  const ada = attendee(s, 'Ada');
  await expect.poll(() => sees(projector, ada), AT_ONCE).toBe(true);
  projector.provider.disconnect();
  expect(sees(projector, ada)).toBe(false);
  projector.provider.connect();
  await expect.poll(() => sees(projector, ada), AT_ONCE).toBe(true);
});

it('the room sees an attendee again as soon as their connection is back', async () => {
  const s = await session();
  const watcher = attendee(s, 'Watcher');
  const ada = attendee(s, 'Ada');
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(true);
  ada.provider.disconnect();
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(false);
  ada.provider.connect();
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(true);
});

it('an attendee who is gone without a goodbye after a reconnect is gone for the room at once', async () => {
  const s = await session();
  const watcher = attendee(s, 'Watcher');
  const ada = attendee(s, 'Ada');
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(true);
  await drop(ada.provider, true);
  await expect.poll(() => ada.provider.wsconnected, AT_ONCE).toBe(true);
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(true);
  // Her renewed state reached the hub once the watcher has this later change of hers.
  ada.provider.awareness.setLocalStateField('mark', 1);
  await expect
    .poll(() => (watcher.provider.awareness.getStates().get(ada.doc.clientID) ?? {}).mark, AT_ONCE)
    .toBe(1);
  await drop(ada.provider, false);
  await expect.poll(() => sees(watcher, ada), AT_ONCE).toBe(false);
});
