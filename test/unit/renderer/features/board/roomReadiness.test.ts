// "N of M done" as the console reads it (useReadiness: the attendees online in presenceStore,
// counted by roomReadiness), through the real host: attendees on the hub who mark themselves done
// and then put their phones away. The console showed "0 of 0 done" on a board everyone had
// finished: M was only who was online, so each attendee who was done and left took their "done"
// with them.
import { afterEach, describe, expect, it } from 'vitest';
import { presenceStore } from '#renderer/stores/presenceStore';
import { keepPresenceAcrossReconnects } from '#renderer/sync/presenceReconnect';
import { roomReadiness, setDone, type BoardViewer } from '#shared/model/board/index';
import { useHost, type HubSession } from '#kit/useHost';
import { connectHubPeer, type HubPeer } from '#kit/hubPeer';
import { hostApi } from '#kit/hostApi';

const BLOCK = 'block-1';
/** Well under a renewal period (15 s): the count must not wait for anyone's renewal. */
const AT_ONCE = { timeout: 3000 };

const hub = useHost();
const peers: HubPeer[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const p of peers.splice(0)) p.destroy();
});

function join(s: HubSession, name: string | null): HubPeer {
  const peer = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    role: name
      ? { as: 'attendee', joinCode: s.joinCode }
      : { as: 'facilitator', key: hub.host.facilitatorKey },
  });
  peers.push(peer);
  stops.push(keepPresenceAcrossReconnects(peer.provider, peer.provider.awareness));
  if (name)
    peer.provider.awareness.setLocalStateField('user', {
      participantId: peer.participantId,
      name,
      role: 'attendee',
    });
  return peer;
}

function viewerOf(peer: HubPeer, name: string): BoardViewer {
  return {
    participantId: peer.participantId!,
    name,
    isFacilitator: false,
    authorKey: peer.authorKey!,
  };
}

const FACILITATOR: BoardViewer = {
  participantId: 'facilitator',
  name: 'Fran',
  isFacilitator: true,
};

/** What the console's board says: "N of M done", as useReadiness counts it. */
function consoleSays(console: HubPeer): string {
  const online = presenceStore(console.provider.awareness)
    .getState()
    .online.filter((u) => u.role === 'attendee')
    .map((u) => u.participantId);
  const r = roomReadiness(console.doc, BLOCK, FACILITATOR, online);
  return `${r.done} of ${r.total} done`;
}

function done(peer: HubPeer, name: string, isDone = true): void {
  setDone(peer.doc, { blockId: BLOCK, ...viewerOf(peer, name), done: isDone });
}

describe('"N of M done" on the console, through the real host', () => {
  it('before anyone is done, counts the attendees online', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    join(s, 'Ada');
    join(s, 'Bob');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('0 of 2 done');
  });

  it('an attendee who is done and puts the phone away is still done', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    const ada = join(s, 'Ada');
    join(s, 'Bob');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('0 of 2 done');
    done(ada, 'Ada');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 2 done');
    ada.provider.disconnect();
    await expect
      .poll(() => presenceStore(console.provider.awareness).getState().online.length, AT_ONCE)
      .toBe(1);
    expect(consoleSays(console)).toBe('1 of 2 done');
  });

  it('a board everyone finished reads "all done" after the phones are put away, not "0 of 0"', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    const ada = join(s, 'Ada');
    const bob = join(s, 'Bob');
    done(ada, 'Ada');
    done(bob, 'Bob');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('2 of 2 done');
    ada.provider.disconnect();
    bob.provider.disconnect();
    await expect
      .poll(() => presenceStore(console.provider.awareness).getState().online.length, AT_ONCE)
      .toBe(0);
    expect(consoleSays(console)).toBe('2 of 2 done');
  });

  it('an attendee who left before being done is not waited for; one who takes it back is', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    const ada = join(s, 'Ada');
    const bob = join(s, 'Bob');
    done(ada, 'Ada');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 2 done');
    bob.provider.disconnect();
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 1 done');
    done(ada, 'Ada', false);
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('0 of 1 done');
  });

  it('a removed attendee counts nowhere, done or not, online or not', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    const ada = join(s, 'Ada');
    const bob = join(s, 'Bob');
    done(ada, 'Ada');
    done(bob, 'Bob');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('2 of 2 done');
    bob.provider.disconnect();
    await hostApi(hub.host).removeParticipant({
      sessionId: s.id,
      participantId: bob.participantId!,
    });
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 1 done');
  });

  it('while the console itself is cut off from the host, who was done still counts', async () => {
    const s = await hub.session('Readiness');
    const console = join(s, null);
    const ada = join(s, 'Ada');
    join(s, 'Bob');
    done(ada, 'Ada');
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 2 done');
    // Its socket closes (a host restart, the laptop's Wi-Fi): y-websocket drops every presence.
    console.provider.disconnect();
    await expect
      .poll(() => presenceStore(console.provider.awareness).getState().online.length, AT_ONCE)
      .toBe(0);
    expect(consoleSays(console)).toBe('1 of 1 done');
    console.provider.connect();
    await expect.poll(() => consoleSays(console), AT_ONCE).toBe('1 of 2 done');
  });
});
