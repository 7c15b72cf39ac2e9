// The host's part of a breakout, through the real hub: it places a late joiner by the plan's rule,
// takes a removed participant out of their group (a group emptied by people leaving is the first
// a newcomer fills), and seals each member their group board's key, which they open and no one
// else's.
import { describe, expect, it } from 'vitest';
import { connectHubPeer, facilitatorPeer, type HubPeer } from '#kit/hubPeer';
import { useHost } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import { facilitatorViewer } from '#kit/seeds/board';
import { joinSession } from '#shared/model/session/commands';
import { createAuthorKey, setupBoard } from '#shared/model/board/index';
import { setOwnBreakoutFields, startBreakout } from '#shared/model/breakouts/commands';
import { groupBoardId, membersByGroup, readBreakout } from '#shared/model/breakouts/read';
import { openSightKeys } from '#shared/model/breakouts/sight';

const hub = useHost();
const WAIT = { timeout: 10_000 };
const BLOCK = 'b1';

async function attendee(sessionId: string, joinCode: string, name: string) {
  const authorKey = createAuthorKey();
  const peer = connectHubPeer({
    url: hub.host.localUrl,
    sessionId,
    role: { as: 'attendee', joinCode, authorKey },
  });
  await peer.synced;
  const id = peer.participantId!;
  joinSession(peer.doc, { id, name });
  setOwnBreakoutFields(peer.doc, { participantId: id, authorKey });
  return { peer, id, authorKey };
}

const groupSizes = (peer: HubPeer) => {
  const b = readBreakout(peer.doc, BLOCK);
  return b ? [...membersByGroup(b).values()].map((m) => m.length) : [];
};

describe('the host settles breakouts within the facilitator\u2019s plan', () => {
  it('places a late joiner in the group a removed participant emptied, and seals her its key', async () => {
    const s = await hub.session('Breakouts');
    const fac = facilitatorPeer(
      { localUrl: hub.host.localUrl, key: hub.host.facilitatorKey },
      s.id,
    );
    await fac.synced;
    const facilitator = facilitatorViewer(hub.host.facilitatorKey, s.id);
    const people = [];
    for (const name of ['Ann', 'Bob', 'Cy']) people.push(await attendee(s.id, s.joinCode, name));
    await expect.poll(() => fac.doc.getMap('participants').size, WAIT).toBe(3);

    setupBoard(fac.doc, { blockId: BLOCK, facilitator, options: { privateWriting: false } });
    startBreakout(fac.doc, { blockId: BLOCK, count: 2, rule: 'random', facilitator });
    await expect.poll(() => groupSizes(fac).sort(), WAIT).toEqual([1, 2]);

    // Everyone opens their own group's key, and only that one (the host sealed the copies).
    const b = readBreakout(fac.doc, BLOCK)!;
    for (const p of people)
      await expect
        .poll(() => [...openSightKeys(p.peer.doc, p.id, p.authorKey).keys()], WAIT)
        .toEqual([groupBoardId(BLOCK, b.members.get(p.id)!)]);

    // The one member of the small group is removed: the host takes her out; the group is empty.
    const alone = people.find((p) => membersByGroup(b).get(b.members.get(p.id)!)!.length === 1)!;
    const emptied = b.members.get(alone.id)!;
    await hostApi(hub.host).removeParticipant({ sessionId: s.id, participantId: alone.id });
    await expect.poll(() => groupSizes(fac).sort(), WAIT).toEqual([0, 2]);

    // A late joiner goes where there is room: the emptied group.
    const dee = await attendee(s.id, s.joinCode, 'Dee');
    await expect.poll(() => readBreakout(fac.doc, BLOCK)?.members.get(dee.id), WAIT).toBe(emptied);
    await expect
      .poll(() => [...openSightKeys(dee.peer.doc, dee.id, dee.authorKey).keys()], WAIT)
      .toEqual([groupBoardId(BLOCK, emptied)]);
    for (const p of [...people, dee]) p.peer.destroy();
    fac.destroy();
  });
});
