// Breakouts through the real hub and host (the kit's Node peers): a private-writing block run as a
// breakout, where each group groups and votes on its own board once the facilitator reveals its
// notes to it (and no other group reads them); self-selection with a cap when two race for the last
// seat; a late joiner placed by the attribute mix; the console reloading mid-breakout; 3 people
// refused 5 groups; and the host recalling the room when the countdown ends, console closed.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectHubPeer, facilitatorPeer, type HubPeer } from '#kit/hubPeer';
import { useHost } from '#kit/useHost';
import { facilitatorViewer } from '#kit/seeds/board';
import { replicaMentions } from '#kit/seeds/boardReplicas';
import { joinSession } from '#shared/model/session/commands';
import {
  addBoardNote,
  boardMaps,
  castVote,
  createAuthorKey,
  groupNotes,
  readBoard,
  readControl,
  readVotes,
  setupBoard,
  type BoardViewer,
} from '#shared/model/board/index';
import {
  askAttribute,
  moveMember,
  pickGroup,
  recallBreakout,
  revealToGroup,
  setGroupVoting,
  setOwnBreakoutFields,
  startBreakout,
} from '#shared/model/breakouts/commands';
import {
  breakoutMaps,
  groupBoardId,
  membersByGroup,
  readBreakout,
} from '#shared/model/breakouts/read';
import { openSightKeys } from '#shared/model/breakouts/sight';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { facilitatorGroupKeys } from '#renderer/features/breakouts/groupKeys';
import { applyTimerAction } from '#shared/model/timer/commands';

const hub = useHost();
const WAIT = { timeout: 10_000 };
const BLOCK = 'b1';
const G1 = groupBoardId(BLOCK, 'g1');
const G2 = groupBoardId(BLOCK, 'g2');

interface Person {
  peer: HubPeer;
  id: string;
  authorKey: Uint8Array;
  name: string;
  /** The board viewer their page acts as, with the group keys sealed to them now. */
  viewer(): BoardViewer;
}

async function attendee(
  s: { id: string; joinCode: string },
  name: string,
  attribute?: string,
): Promise<Person> {
  const authorKey = createAuthorKey();
  const peer = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    role: { as: 'attendee', joinCode: s.joinCode, authorKey },
  });
  await peer.synced;
  const id = peer.participantId!;
  joinSession(peer.doc, { id, name, authorKey });
  setOwnBreakoutFields(peer.doc, { participantId: id, authorKey, attribute });
  return {
    peer,
    id,
    authorKey,
    name,
    viewer: () => ({
      participantId: id,
      name,
      isFacilitator: false,
      authorKey,
      boardKeys: openSightKeys(peer.doc, id, authorKey),
    }),
  };
}

async function room(names: string[], attributes: string[] = []) {
  const s = await hub.session('Breakouts');
  const fac = facilitatorPeer({ localUrl: hub.host.localUrl, key: hub.host.facilitatorKey }, s.id);
  await fac.synced;
  const facilitator = facilitatorViewer(hub.host.facilitatorKey, s.id);
  const people: Person[] = [];
  for (const [i, name] of names.entries()) people.push(await attendee(s, name, attributes[i]));
  await expect.poll(() => fac.doc.getMap('participants').size, WAIT).toBe(names.length);
  return { s, fac, facilitator, people };
}

const groupOf = (doc: Y.Doc, id: string) => readBreakout(doc, BLOCK)?.members.get(id);
const sizes = (doc: Y.Doc) => {
  const b = readBreakout(doc, BLOCK);
  return b ? [...membersByGroup(b).values()].map((m) => m.length).sort() : [];
};
const texts = (doc: Y.Doc, boardId: string, viewer: BoardViewer) =>
  readBoard(doc, boardId, viewer)
    ?.notes.map((n) => n.text)
    .sort();
const destroy = (...peers: HubPeer[]) => peers.forEach((p) => p.destroy());

describe('breakouts through the real hub', () => {
  it('runs a private-writing block as a breakout: each group groups and votes on its own board once its notes are revealed to it', async () => {
    const { fac, facilitator, people } = await room(['Ann', 'Bob', 'Cy', 'Dee']);
    const [ann, bob, cy, dee] = people as [Person, Person, Person, Person];
    // The block's board is private writing (the default): notes stay with their authors.
    setupBoard(fac.doc, { blockId: BLOCK, facilitator });
    startBreakout(fac.doc, { blockId: BLOCK, count: 2, rule: 'hand', facilitator });
    for (const [p, g] of [
      [ann, 'g1'],
      [bob, 'g1'],
      [cy, 'g2'],
      [dee, 'g2'],
    ] as const)
      moveMember(fac.doc, { blockId: BLOCK, participantId: p.id, groupId: g, facilitator });
    for (const p of people) await expect.poll(() => groupOf(p.peer.doc, p.id), WAIT).toBeTruthy();
    expect(readBreakout(fac.doc, BLOCK)?.plan.shared).toBe(false);

    const a = addBoardNote(ann.peer.doc, {
      blockId: G1,
      text: 'Ann: ship smaller',
      author: ann.viewer(),
    });
    const b = addBoardNote(bob.peer.doc, {
      blockId: G1,
      text: 'Bob: ship weekly',
      author: bob.viewer(),
    });
    addBoardNote(cy.peer.doc, { blockId: G2, text: 'Cy: hire', author: cy.viewer() });
    await expect.poll(() => boardMaps(fac.doc).notes.size, WAIT).toBe(3);
    await expect.poll(() => boardMaps(bob.peer.doc).notes.size, WAIT).toBe(3);

    // Before the reveal each reads only their own note, and cannot group.
    expect(texts(bob.peer.doc, G1, bob.viewer())).toEqual(['Bob: ship weekly']);
    expect(() =>
      groupNotes(bob.peer.doc, { noteIds: [a], ontoId: b, actor: bob.viewer() }),
    ).toThrow(/Reveal/);
    // Nor can the group vote yet.
    expect(() =>
      setGroupVoting(fac.doc, { blockId: BLOCK, groupId: 'g1', open: true, facilitator }),
    ).toThrow(/Reveal/);

    // The facilitator reveals group 1's notes to group 1 only.
    revealToGroup(fac.doc, { blockId: BLOCK, groupId: 'g1', facilitator });
    await expect
      .poll(() => texts(bob.peer.doc, G1, bob.viewer()), WAIT)
      .toEqual(['Ann: ship smaller', 'Bob: ship weekly']);
    await expect.poll(() => [...ann.viewer().boardKeys!.keys()], WAIT).toEqual([G1]);
    // Group 2 holds no key, and nobody's replica (the facilitator's, so the host's) holds the text.
    expect([...cy.viewer().boardKeys!.keys()]).toEqual([]);
    expect(texts(cy.peer.doc, G1, cy.viewer())).toEqual([]);
    expect(replicaMentions(cy.peer.doc, 'Ann: ship smaller')).toEqual({
      bytes: false,
      json: false,
    });
    expect(replicaMentions(fac.doc, 'Ann: ship smaller')).toEqual({ bytes: false, json: false });
    // Cy reads her own note only: her group's notes are not revealed to it.
    expect(texts(cy.peer.doc, G2, cy.viewer())).toEqual(['Cy: hire']);

    // Group 1 groups: the hub takes it (the facilitator's replica gets it).
    const grouped = groupNotes(bob.peer.doc, { noteIds: [a], ontoId: b, actor: bob.viewer() });
    await expect.poll(() => boardMaps(fac.doc).notes.get(a)?.get('groupId'), WAIT).toBe(grouped);

    // Group 1 votes; group 2 cannot open (its notes are still with their authors).
    setGroupVoting(fac.doc, { blockId: BLOCK, groupId: null, open: true, facilitator });
    expect(readControl(fac.doc, G1)?.voting).toBe('open');
    expect(readControl(fac.doc, G2)?.voting).toBe('idle');
    await expect.poll(() => readControl(ann.peer.doc, G1)?.voting, WAIT).toBe('open');
    await expect.poll(() => readControl(dee.peer.doc, G1)?.voting, WAIT).toBe('open');
    castVote(ann.peer.doc, { blockId: G1, targetId: grouped, voter: ann.viewer() });
    castVote(bob.peer.doc, { blockId: G1, targetId: grouped, voter: bob.viewer() });
    await expect.poll(() => readVotes(fac.doc, G1, facilitator)?.tallies?.[0]?.count, WAIT).toBe(2);
    // (Dee, in group 2, voting or grouping on group 1's board: breakoutAuthority.test, refused by
    // the hub's rules and the mesh's judge.)

    // Group 2's notes revealed to it later: Dee reads Cy's note, and still nothing of group 1's.
    revealToGroup(fac.doc, { blockId: BLOCK, groupId: 'g2', facilitator });
    await expect.poll(() => texts(dee.peer.doc, G2, dee.viewer()), WAIT).toEqual(['Cy: hire']);
    expect(texts(dee.peer.doc, G1, dee.viewer())).toEqual([]);

    // The recall closes the open voting and reveals every group board to the room.
    recallBreakout(fac.doc, { blockId: BLOCK, facilitator });
    expect(readControl(fac.doc, G1)?.voting).toBe('closed');
    await expect
      .poll(() => texts(dee.peer.doc, G1, dee.viewer()), WAIT)
      .toEqual(['Ann: ship smaller', 'Bob: ship weekly']);
    await expect
      .poll(() => readVotes(dee.peer.doc, G1, dee.viewer())?.tallies?.[0]?.count, WAIT)
      .toBe(2);
    destroy(fac, ...people.map((p) => p.peer));
  });

  it('self-selection with a cap: two racing for the last seat, the host places one', async () => {
    const { fac, facilitator, people } = await room(['Ann', 'Bob', 'Cy']);
    const [ann, bob, cy] = people as [Person, Person, Person];
    setupBoard(fac.doc, { blockId: BLOCK, facilitator, options: { privateWriting: false } });
    startBreakout(fac.doc, { blockId: BLOCK, count: 2, rule: 'self', cap: 1, facilitator });
    for (const p of people)
      await expect.poll(() => readBreakout(p.peer.doc, BLOCK)?.plan.cap, WAIT).toBe(1);
    // Both see group 1 empty and pick it before either hears of the other.
    pickGroup(ann.peer.doc, { blockId: BLOCK, participantId: ann.id, groupId: 'g1' });
    pickGroup(bob.peer.doc, { blockId: BLOCK, participantId: bob.id, groupId: 'g1' });
    await expect.poll(() => sizes(fac.doc), WAIT).toEqual([0, 1]);
    const seated = [ann, bob].filter((p) => groupOf(fac.doc, p.id) === 'g1');
    expect(seated).toHaveLength(1);
    // The one left out sees group 1 full and is refused; they pick group 2, which has room.
    const out = seated[0] === ann ? bob : ann;
    await expect.poll(() => groupOf(out.peer.doc, seated[0]!.id), WAIT).toBe('g1');
    expect(() =>
      pickGroup(out.peer.doc, { blockId: BLOCK, participantId: out.id, groupId: 'g1' }),
    ).toThrow(/full/);
    pickGroup(out.peer.doc, { blockId: BLOCK, participantId: out.id, groupId: 'g2' });
    await expect.poll(() => groupOf(fac.doc, out.id), WAIT).toBe('g2');
    // Every group is full now: Cy is refused both, and waits unplaced for the facilitator.
    await expect.poll(() => sizes(cy.peer.doc), WAIT).toEqual([1, 1]);
    expect(() =>
      pickGroup(cy.peer.doc, { blockId: BLOCK, participantId: cy.id, groupId: 'g2' }),
    ).toThrow(/full/);
    expect(groupOf(fac.doc, cy.id)).toBeUndefined();
    destroy(fac, ...people.map((p) => p.peer));
  });

  it('places a late joiner by the attribute mix: into the group short of their value', async () => {
    const s = await hub.session('Breakouts');
    const fac = facilitatorPeer(
      { localUrl: hub.host.localUrl, key: hub.host.facilitatorKey },
      s.id,
    );
    await fac.synced;
    const facilitator = facilitatorViewer(hub.host.facilitatorKey, s.id);
    askAttribute(fac.doc, { attribute: 'Team', choices: ['Product', 'Engineering'], facilitator });
    const teams = ['Product', 'Engineering', 'Engineering', 'Engineering'];
    const people: Person[] = [];
    for (const [i, team] of teams.entries()) people.push(await attendee(s, `P${i}`, team));
    await expect.poll(() => fac.doc.getMap('participants').size, WAIT).toBe(4);
    setupBoard(fac.doc, { blockId: BLOCK, facilitator, options: { privateWriting: false } });
    startBreakout(fac.doc, { blockId: BLOCK, count: 2, rule: 'attribute', facilitator });
    // One Product person: their group has them and one engineer, the other two engineers.
    const productGroup = groupOf(fac.doc, people[0]!.id)!;
    expect(sizes(fac.doc)).toEqual([2, 2]);
    // A Product latecomer goes to the group without one, though both are the same size.
    const late = await attendee(s, 'Late', 'Product');
    await expect.poll(() => groupOf(fac.doc, late.id), WAIT).toBeTruthy();
    expect(groupOf(fac.doc, late.id)).not.toBe(productGroup);
    await expect
      .poll(() => [...late.viewer().boardKeys!.keys()], WAIT)
      .toEqual([groupBoardId(BLOCK, groupOf(fac.doc, late.id)!)]);
    destroy(fac, late.peer, ...people.map((p) => p.peer));
  });

  it('the console reloading mid-breakout reads every group back and carries on', async () => {
    const { s, fac, facilitator, people } = await room(['Ann', 'Bob', 'Cy']);
    setupBoard(fac.doc, { blockId: BLOCK, facilitator, options: { privateWriting: false } });
    startBreakout(fac.doc, { blockId: BLOCK, count: 2, rule: 'random', facilitator });
    await expect.poll(() => sizes(fac.doc), WAIT).toEqual([1, 2]);
    for (const p of people) await expect.poll(() => groupOf(p.peer.doc, p.id), WAIT).toBeTruthy();
    const [ann] = people as [Person];
    const board = groupBoardId(BLOCK, groupOf(ann.peer.doc, ann.id)!);
    await expect.poll(() => ann.viewer().boardKeys?.has(board), WAIT).toBe(true);
    addBoardNote(ann.peer.doc, { blockId: board, text: 'kept', author: ann.viewer() });
    await expect.poll(() => boardMaps(fac.doc).notes.size, WAIT).toBe(1);
    const before = readBreakout(fac.doc, BLOCK)!;
    fac.destroy();

    // A new console window: the same plan, members and the group's note (its key derived again).
    const again = facilitatorPeer(
      { localUrl: hub.host.localUrl, key: hub.host.facilitatorKey },
      s.id,
    );
    await again.synced;
    const b = readBreakout(again.doc, BLOCK)!;
    expect(b.state).toBe('running');
    expect([...b.members].sort()).toEqual([...before.members].sort());
    expect(b.plan).toEqual(before.plan);
    // Sealed to the group's key, which the console derives again from the facilitator's secret.
    expect(readBoard(again.doc, board, facilitator)?.hidden.total).toBe(1);
    const keyed = { ...facilitator, boardKeys: facilitatorGroupKeys(facilitator, b) };
    expect(readBoard(again.doc, board, keyed)?.notes.map((n) => n.text)).toEqual(['kept']);
    recallBreakout(again.doc, { blockId: BLOCK, facilitator });
    await expect.poll(() => readBreakout(people[1]!.peer.doc, BLOCK)?.state, WAIT).toBe('recalled');
    await expect
      .poll(() => texts(people[2]!.peer.doc, board, people[2]!.viewer()), WAIT)
      .toEqual(['kept']);
    destroy(again, ...people.map((p) => p.peer));
  });

  it('refuses splitting 3 people into 5 groups and writes nothing', async () => {
    const { fac, facilitator, people } = await room(['Ann', 'Bob', 'Cy']);
    setupBoard(fac.doc, { blockId: BLOCK, facilitator });
    const before = breakoutMaps(fac.doc).control.size;
    expect(() =>
      startBreakout(fac.doc, { blockId: BLOCK, count: 5, rule: 'random', facilitator }),
    ).toThrow('3 people cannot make 5 groups: choose at most 3, or let people choose their group.');
    expect(() =>
      startBreakout(fac.doc, { blockId: BLOCK, count: 5, rule: 'hand', facilitator }),
    ).toThrow(/cannot make 5 groups/);
    expect(breakoutMaps(fac.doc).control.size).toBe(before);
    expect(readBreakout(fac.doc, BLOCK)).toBeNull();
    expect(readControl(fac.doc, groupBoardId(BLOCK, 'g1'))).toBeNull();
    destroy(fac, ...people.map((p) => p.peer));
  });

  it('the host recalls the room when the countdown ends, with the console closed', async () => {
    const { fac, facilitator, people } = await room(['Ann', 'Bob']);
    const day = addDay(fac.doc, { label: 'Day 1' });
    const block = addBlock(fac.doc, {
      dayId: day.id,
      title: 'Ideas',
      kind: 'brainstorm',
      plannedMinutes: 10,
      prompt: '',
      facilitatorNotes: '',
      columns: [],
    });
    applyTimerAction(fac.doc, { type: 'goTo', blockId: block.id }, { hostNow: Date.now() });
    applyTimerAction(fac.doc, { type: 'start' }, { hostNow: Date.now() });
    setupBoard(fac.doc, { blockId: block.id, facilitator, options: { privateWriting: false } });
    startBreakout(fac.doc, {
      blockId: block.id,
      count: 2,
      rule: 'random',
      agendaBlockId: block.id,
      now: Date.now(),
      facilitator,
    });
    const ann = people[0]!;
    await expect
      .poll(() => readBreakout(ann.peer.doc, block.id)?.members.has(ann.id), WAIT)
      .toBe(true);
    const board = groupBoardId(
      block.id,
      readBreakout(ann.peer.doc, block.id)!.members.get(ann.id)!,
    );
    await expect.poll(() => ann.viewer().boardKeys?.has(board), WAIT).toBe(true);
    addBoardNote(ann.peer.doc, { blockId: board, text: 'before the bell', author: ann.viewer() });
    await expect.poll(() => boardMaps(fac.doc).notes.size, WAIT).toBe(1);
    // Ten minutes planned: nothing happens yet. Then one second left, and the console closes.
    expect(readBreakout(fac.doc, block.id)?.state).toBe('running');
    applyTimerAction(fac.doc, { type: 'setRemaining', remainingMs: 1000 }, { hostNow: Date.now() });
    // The console closes once the room has heard the new time.
    await expect
      .poll(() => people[1]!.peer.doc.getMap('timer').toJSON(), WAIT)
      .toEqual(fac.doc.getMap('timer').toJSON());
    fac.destroy();
    // The host recalls: every page returns to the room; the group's board is revealed.
    await expect
      .poll(() => readBreakout(people[1]!.peer.doc, block.id)?.state, WAIT)
      .toBe('recalled');
    await expect
      .poll(() => texts(people[1]!.peer.doc, board, people[1]!.viewer()), WAIT)
      .toEqual(['before the bell']);
    destroy(...people.map((p) => p.peer));
  });
});
