// Presence across a dropped hub connection, through the real hub: whoever reconnects sees the
// room again at once, and the room sees them again at once — not after the next renewals (up to
// 15 s per peer). y-websocket drops every other state when its socket closes but keeps their
// clocks, so the hub's list of the same states was ignored on reconnect; and the hub ignored the
// reconnecting client's own state, sent again with the clock it already had.
import { afterEach, expect, it } from 'vitest';
import { useHost } from '../../../kit/useHost';
import { connectHubPeer } from '../../../kit/hubPeer';
import { keepPresenceAcrossReconnects } from '../../../../renderer/sync/presenceReconnect';

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
