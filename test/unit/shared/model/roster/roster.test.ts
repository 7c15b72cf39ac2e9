// The roster's rules without sockets: who is admitted on arrival, who waits and why, the lobby's
// bounds, what the judge lets a participant the roster does not admit write, and readers that
// count only admitted participants and name authors from their own participant entry.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  joinRoster,
  moveAddressesOut,
  REASONS,
  setAdmissionMode,
  setRosterState,
  takeBackVotes,
} from '#shared/model/roster/commands';
import {
  answersLine,
  countedParticipants,
  readRoster,
  rosterRecord,
} from '#shared/model/roster/read';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { getPoll } from '#shared/model/polls/read';
import { pollResult } from '#shared/model/polls/results';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { askQuestion } from '#shared/model/questions/commands';
import { listQuestions } from '#shared/model/questions/read';
import { joinSession } from '#shared/model/session/commands';
import { DeviceBook } from '#shared/model/roster/devices';
import { captured, judgeOnMesh, toolkitRoom } from '#kit/seeds/judgedRoom';

const lobby = { perAddress: 2, total: 3 };
/** Each doc's host device book (host memory, beside the doc). */
const books = new WeakMap<Y.Doc, DeviceBook>();
const bookOf = (doc: Y.Doc) => {
  if (!books.has(doc)) books.set(doc, new DeviceBook());
  return books.get(doc)!;
};
const arrive = (doc: Y.Doc, participantId: string, address: string, admitEveryone = false) =>
  joinRoster(doc, { participantId, address, devices: bookOf(doc), now: 1, lobby, admitEveryone });

describe('the roster', () => {
  it('admits one participant per device address; later ones wait, with the reason', () => {
    const doc = new Y.Doc();
    expect(arrive(doc, 'a', '10.0.0.2')).toMatchObject({ state: 'admitted', reason: '' });
    expect(arrive(doc, 'b', '10.0.0.3')).toMatchObject({ state: 'admitted' });
    const second = arrive(doc, 'c', '10.0.0.2');
    expect(second).toMatchObject({ state: 'waiting' });
    expect((second as { reason: string }).reason).toMatch(/already joined from this device/);
    expect(arrive(doc, 'd', '10.0.0.2')).toMatchObject({ state: 'waiting' });
    // The lobby is bounded per address and per session: past it nothing is written.
    expect(arrive(doc, 'e', '10.0.0.2')).toBe('lobby full');
    expect(arrive(doc, 'f', '10.0.0.3')).toMatchObject({ state: 'waiting' });
    expect(arrive(doc, 'g', '10.0.0.4')).toMatchObject({ state: 'admitted' });
    expect(arrive(doc, 'h', '10.0.0.3')).toBe('lobby full');
    expect(
      readRoster(doc)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'f', 'g']);
    // Coming back from wherever changes nothing in the doc; the host's book learns the address.
    const before = JSON.stringify(doc.getMap('roster').toJSON());
    expect(arrive(doc, 'a', '10.0.0.9')).toMatchObject({ state: 'admitted' });
    expect(arrive(doc, 'c', '10.0.0.2')).toMatchObject({ state: 'waiting' });
    expect(JSON.stringify(doc.getMap('roster').toJSON())).toBe(before);
    expect(bookOf(doc).addressesOf('a')).toEqual(['10.0.0.2', '10.0.0.9']);
    // No address anywhere in the doc: not as a field, not in a reason.
    expect(before).not.toMatch(/10\.0\.0|address/);
  });

  it('an old doc’s addresses move to the host’s book and leave the doc', () => {
    const doc = new Y.Doc();
    const roster = doc.getMap('roster');
    roster.set('a', { address: '10.0.0.2', joinedAt: 1, state: 'admitted', reason: '' });
    roster.set('c', {
      address: '10.0.0.2',
      joinedAt: 2,
      state: 'waiting',
      reason:
        'Someone has already joined from this device (10.0.0.2). The facilitator decides whether you count separately.',
    });
    roster.set('p', { joinedAt: 3, state: 'admitted', reason: '' });
    const book = bookOf(doc);
    expect(moveAddressesOut(doc, book)).toBe(2);
    expect(JSON.stringify(roster.toJSON())).not.toMatch(/10\.0\.0|address/);
    expect(rosterRecord(doc, 'c')).toEqual({
      joinedAt: 2,
      state: 'waiting',
      reason: REASONS.device,
    });
    expect(book.entries()).toEqual([
      ['a', ['10.0.0.2']],
      ['c', ['10.0.0.2']],
    ]);
    // The rule still reads them: a newcomer from that device waits.
    expect(arrive(doc, 'n', '10.0.0.2')).toMatchObject({ state: 'waiting' });
    // A fresh replica synced from the rewritten doc holds no address (overwritten content is gone).
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(fresh))).not.toContain('10.0.0.2');
    expect(moveAddressesOut(doc, book)).toBe(0);
  });

  it('by hand: everyone new waits; a removed participant stays removed', () => {
    const doc = new Y.Doc();
    setAdmissionMode(doc, 'hand');
    expect(arrive(doc, 'a', '10.0.0.2', true)).toMatchObject({ state: 'waiting' });
    setRosterState(doc, 'a', 'admitted');
    setRosterState(doc, 'a', 'removed');
    expect(arrive(doc, 'a', '10.0.0.2')).toMatchObject({ state: 'removed' });
    expect(rosterRecord(doc, 'a')!.reason).toMatch(/removed you/);
    expect(setRosterState(doc, 'nobody', 'admitted')).toBe(false);
  });

  it('the judge lets a participant not admitted write only their name', () => {
    const room = toolkitRoom(['Alice Wonder', 'Mallory Mal']);
    const [alice, mal] = room.people as [(typeof room.people)[0], (typeof room.people)[0]];
    room.host.transact(() => {
      arrive(room.host, alice.viewer.participantId, '10.0.0.2');
      arrive(room.host, mal.viewer.participantId, '10.0.0.2');
    });
    room.pull(alice, mal);
    const item = room.send(mal, () =>
      addParkingItem(mal.doc, { text: 'x', authorId: mal.viewer.participantId, authorName: 'M' }),
    );
    expect(item.update).toBeNull();
    expect(item.refused[0]).toMatch(/has not admitted/);
    const name = room.send(mal, () =>
      joinSession(mal.doc, { id: mal.viewer.participantId, name: 'Mallory M.' }),
    );
    expect(name.whole).toBe(true);
    const ok = room.send(alice, () =>
      addParkingItem(alice.doc, {
        text: 'y',
        authorId: alice.viewer.participantId,
        authorName: 'A',
      }),
    );
    expect(ok.whole).toBe(true);
  });

  it('readers count only admitted participants and name authors from their participant entry', () => {
    const room = toolkitRoom(['Alice Wonder', 'Bob Builder']);
    const [alice, bob] = room.people as [(typeof room.people)[0], (typeof room.people)[0]];
    room.host.transact(() => {
      arrive(room.host, alice.viewer.participantId, '10.0.0.2');
      arrive(room.host, bob.viewer.participantId, '10.0.0.3');
    });
    room.pull(room.fac, alice, bob);
    room.send(room.fac, () => {
      createPoll(room.fac.doc, {
        id: 'p1',
        question: 'Keep?',
        kind: 'choice',
        options: ['Keep', 'Drop'],
        anonymous: false,
      });
      updatePoll(room.fac.doc, { pollId: 'p1', state: 'open' });
    });
    room.pull(alice, bob);
    for (const [m, v] of [
      [alice, 0],
      [bob, 1],
    ] as const)
      room.send(m, () =>
        answerPoll(m.doc, {
          pollId: 'p1',
          values: [v],
          voter: { participantId: m.viewer.participantId, authorKey: m.viewer.authorKey },
        }),
      );
    const result = () => pollResult(room.host, getPoll(room.host, 'p1'));
    expect(result()).toMatchObject({ voters: 2, admitted: 2 });
    expect(answersLine(result().voters, result().admitted)).toBe('2 answers from 2 admitted');
    // Bob is removed: his named answer no longer counts, even where it is still in the doc
    // (a replica that got it over the mesh).
    room.host.transact(() => setRosterState(room.host, bob.viewer.participantId, 'removed'));
    expect(result()).toMatchObject({ voters: 1, admitted: 1 });
    expect(countedParticipants(room.host)).toEqual(new Set([alice.viewer.participantId]));
    // The host takes his answer back.
    expect(takeBackVotes(room.host, bob.viewer.participantId, [])).toBe(1);

    // Bob, before removal, had parked an item and asked a named question "as Ann".
    room.host.transact(() => setRosterState(room.host, bob.viewer.participantId, 'admitted'));
    room.pull(bob);
    room.send(bob, () => {
      addParkingItem(bob.doc, {
        text: 'forged',
        authorId: bob.viewer.participantId,
        authorName: 'Ann',
        authorKey: bob.viewer.authorKey,
      });
      askQuestion(bob.doc, {
        text: 'Who?',
        anonymous: false,
        asker: {
          participantId: bob.viewer.participantId,
          name: 'Ann',
          authorKey: bob.viewer.authorKey,
        },
      });
    });
    expect(listParkingItems(room.host).map((i) => i.authorName)).toEqual(['Bob Builder']);
    expect(listQuestions(room.host).map((q) => q.authorName)).toEqual(['Bob Builder']);
    room.host.transact(() => setRosterState(room.host, bob.viewer.participantId, 'removed'));
    expect(listParkingItems(room.host).map((i) => i.authorName)).toEqual(['Bob Builder (removed)']);
  });

  it('on the mesh a non-admitted named answer is refused, and would not count', () => {
    const room = toolkitRoom(['Alice Wonder']);
    const [alice] = room.people as [(typeof room.people)[0]];
    room.host.transact(() => arrive(room.host, 'someone-else', '10.0.0.2'));
    room.send(room.fac, () => {
      createPoll(room.fac.doc, { id: 'p2', question: 'Q', kind: 'scale', anonymous: false });
      updatePoll(room.fac.doc, { pollId: 'p2', state: 'open' });
    });
    room.pull(alice);
    const update = captured(alice.doc, () =>
      answerPoll(alice.doc, {
        pollId: 'p2',
        values: [5],
        voter: { participantId: alice.viewer.participantId, authorKey: alice.viewer.authorKey },
      }),
    );
    // The mesh's judge reads the roster as the hub's does (meshRules.test.ts has the attack).
    const verdict = judgeOnMesh(room.host, update);
    expect(verdict.whole).toBe(false);
    if (verdict.update) Y.applyUpdate(room.host, verdict.update);
    // Readers count only the admitted whatever reaches them.
    Y.applyUpdate(room.host, update);
    expect(pollResult(room.host, getPoll(room.host, 'p2'))).toMatchObject({
      voters: 0,
      admitted: 1,
    });
  });
});
