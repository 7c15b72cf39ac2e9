import { describe, expect, it } from 'vitest';
import {
  addParkingItem,
  closeParkingItem,
  moveToBoard,
  parkToAction,
  parkToDecision,
  reopenParkingItem,
} from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { PARKING_LOT, PARKING_OUTCOMES } from '#shared/model/parkingLot/names';
import { listDecisions } from '#shared/model/registers/read';
import { listActions } from '#shared/model/registers/read';
import { readBoard, setupBoard } from '#shared/model/board/index';
import { captured, judgeOnMesh, toolkitRoom } from '#kit/seeds/judgedRoom';
import * as Y from 'yjs';

describe('the parking lot', () => {
  it('keeps attendees’ items, oldest first, and what the facilitator made of each', () => {
    const { fac, people, send, pull, host } = toolkitRoom();
    const alice = people[0]!;
    const me = {
      authorId: alice.viewer.participantId,
      authorName: 'Alice Wonder',
      authorKey: alice.viewer.authorKey,
    };
    expect(
      send(alice, () =>
        addParkingItem(alice.doc, { ...me, text: 'Hiring plan', id: 'i1', now: 10 }),
      ).whole,
    ).toBe(true);
    expect(
      send(alice, () =>
        addParkingItem(alice.doc, {
          ...me,
          text: 'Pricing page owner',
          id: 'i2',
          now: 11,
          blockId: 'b1',
        }),
      ).whole,
    ).toBe(true);
    expect(
      send(alice, () =>
        addParkingItem(alice.doc, { ...me, text: 'Travel budget', id: 'i3', now: 12 }),
      ).whole,
    ).toBe(true);
    pull(fac);
    send(fac, () =>
      setupBoard(fac.doc, {
        blockId: 'b2',
        facilitator: fac.viewer,
        options: { privateWriting: false },
      }),
    );
    expect(
      send(fac, () =>
        moveToBoard(fac.doc, { itemId: 'i1', blockId: 'b2', facilitator: fac.viewer, now: 20 }),
      ).whole,
    ).toBe(true);
    expect(send(fac, () => parkToDecision(fac.doc, { itemId: 'i2', now: 21 })).whole).toBe(true);
    expect(send(fac, () => parkToAction(fac.doc, { itemId: 'i3', now: 22 })).whole).toBe(true);

    const items = listParkingItems(host);
    expect(items.map((i) => [i.id, i.outcome?.kind ?? 'open'])).toEqual([
      ['i1', 'moved'],
      ['i2', 'decision'],
      ['i3', 'action'],
    ]);
    expect(items[1]!.blockId).toBe('b1');
    const board = readBoard(host, 'b2', fac.viewer);
    expect(board!.notes.map((n) => [n.text, n.authorName])).toEqual([
      ['Hiring plan', 'Alice Wonder'],
    ]);
    expect(listDecisions(host).map((d) => [d.title, d.sourceBlockId])).toEqual([
      ['Pricing page owner', 'b1'],
    ]);
    expect(listActions(host).map((a) => [a.title, a.responsible])).toEqual([
      ['Travel budget', 'Alice Wonder'],
    ]);

    closeParkingItem(fac.doc, { itemId: 'i3', now: 30 });
    expect(listParkingItems(fac.doc)[2]!.outcome).toEqual({ kind: 'closed', at: 30 });
    reopenParkingItem(fac.doc, 'i3');
    expect(listParkingItems(fac.doc)[2]!.outcome).toBeNull();
  });

  it('refuses an empty item with a clear error and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => addParkingItem(doc, { text: '  ', authorId: 'a', authorName: 'A' })).toThrow(
      /empty/,
    );
    expect(doc.getMap(PARKING_LOT).size).toBe(0);
  });

  it('at the hub: an attendee cannot close items, write in another’s name or edit another’s item', () => {
    const { people, send, pull, host } = toolkitRoom();
    const [alice, mallory] = people as [(typeof people)[0], (typeof people)[0]];
    send(alice, () =>
      addParkingItem(alice.doc, {
        text: 'Alice’s point',
        authorId: alice.viewer.participantId,
        authorKey: alice.viewer.authorKey,
        authorName: 'Alice Wonder',
        id: 'a1',
      }),
    );
    pull(mallory);

    // Forgery 1: an outcome, which is the facilitator's to write.
    const fake = send(mallory, () =>
      mallory.doc.getMap(PARKING_OUTCOMES).set('a1', { kind: 'closed', at: 1 }),
    );
    expect(fake.update).toBeNull();
    expect(fake.refused.join()).toMatch(/parkingLotOutcomes is the facilitator's/);
    // Forgery 2: an item in Alice's name.
    const named = send(mallory, () =>
      addParkingItem(mallory.doc, {
        text: 'Alice says hi',
        authorId: alice.viewer.participantId,
        authorName: 'Alice Wonder',
      }),
    );
    expect(named.refused.join()).toMatch(/authorId must be the writer's own id/);
    // Forgery 3: rewriting Alice's item.
    const edit = send(mallory, () =>
      (mallory.doc.getMap(PARKING_LOT).get('a1') as Y.Map<unknown>).set('text', 'Changed'),
    );
    expect(edit.refused.join()).toMatch(/someone else's/);
    expect(listParkingItems(host).map((i) => [i.text, i.outcome])).toEqual([
      ['Alice’s point', null],
    ]);
  });
});

describe('settling a parking-lot item', () => {
  it('writes the record and the outcome in one transaction under the given origin', () => {
    const doc = new Y.Doc();
    addParkingItem(doc, { authorId: 'p1', authorName: 'Ana', text: 'Pricing', id: 'i1', now: 1 });
    addParkingItem(doc, { authorId: 'p1', authorName: 'Ana', text: 'Hiring', id: 'i2', now: 2 });
    addParkingItem(doc, { authorId: 'p1', authorName: 'Ana', text: 'Travel', id: 'i3', now: 3 });
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    parkToDecision(doc, { itemId: 'i1', now: 4 }, 'console');
    parkToAction(doc, { itemId: 'i2', now: 5 }, 'console');
    closeParkingItem(doc, { itemId: 'i3', now: 6 }, 'console');
    expect(origins).toEqual(['console', 'console', 'console']);
    expect(listParkingItems(doc).map((i) => i.outcome?.kind)).toEqual([
      'decision',
      'action',
      'closed',
    ]);
    // A missing item is refused before anything is written.
    expect(() => parkToAction(doc, { itemId: 'gone' })).toThrow(/no longer exists/);
    expect(origins).toHaveLength(3);
  });

  it('shows an item only when its author signed it: a forgery under Alice’s client id is not shown', () => {
    const { people, send, host } = toolkitRoom();
    const alice = people[0]!;
    send(alice, () =>
      addParkingItem(alice.doc, {
        text: 'Hiring plan',
        authorId: alice.viewer.participantId,
        authorName: 'Alice Wonder',
        authorKey: alice.viewer.authorKey,
        id: 'mine',
      }),
    );
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(host));
    forger.clientID = alice.doc.clientID;
    const forged = captured(forger, () =>
      addParkingItem(forger, {
        text: 'Fire Bob',
        authorId: alice.viewer.participantId,
        authorName: 'Alice Wonder',
        id: 'forged',
      }),
    );
    const verdict = judgeOnMesh(receiver, forged);
    expect(verdict.whole).toBe(true);
    Y.applyUpdate(receiver, verdict.update!);
    expect(listParkingItems(receiver).map((i) => i.id)).toEqual(['mine']);
  });
});
