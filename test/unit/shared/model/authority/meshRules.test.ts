// Issue 22's rules for the mesh, each written as the attack first: a peer on the mesh (or a
// page's devtools over the hub) against the room the test kit builds (judgedRoom.ts: the host's
// replica with the hub's real rules, attendees' replicas, and the mesh's judge on a receiver).
// - names, note authors and group names: what a peer writes under another's bound client id, at
//   clocks the receiver has not seen, or against the facilitator's grouping rule;
// - the roster on the mesh: a participant the facilitator removed (or who waits in the lobby)
//   writes nothing a receiver takes;
// - a removed participant counts nowhere: "N of M done" and their notes, marked.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captured, judgeOnMesh, toolkitRoom, type Member } from '#kit/seeds/judgedRoom';
import { joinRoster, setRosterState } from '#shared/model/roster/commands';
import { rosterMap } from '#shared/model/roster/names';
import { listParticipants } from '#shared/model/session/read';
import { PARTICIPANTS } from '#shared/model/session/names';
import { joinSession } from '#shared/model/session/commands';
import {
  addBoardNote,
  boardMaps,
  groupNotes,
  mergeBoardNotes,
  nameGroup,
  readBoard,
  readReadiness,
  revealNotes,
  setDone,
  setupBoard,
  type BoardOptions,
} from '#shared/model/board/index';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { markSignedSince } from '#shared/model/authority/signedSince';
import { applyFromHub } from '#shared/model/authority/hubDelivered';
import { listParkingItems } from '#shared/model/parkingLot/read';

const BLOCK = 'b1';
const lobby = { perAddress: 5, total: 50 };

/** Alice, Mallory and Bob in a room the host admitted them to (one device address each). */
function admittedRoom(board: BoardOptions = { privateWriting: false }) {
  const room = toolkitRoom(['Alice Wonder', 'Mallory Mal', 'Bob Builder']);
  const [alice, mallory, bob] = room.people as [Member, Member, Member];
  room.host.transact(() => {
    room.people.forEach((p, i) =>
      joinRoster(room.host, {
        participantId: p.viewer.participantId,
        address: `10.0.0.${i + 2}`,
        devices: room.authority.devices,
        now: 3,
        lobby,
      }),
    );
  }, 'host');
  room.send(room.fac, () =>
    setupBoard(room.fac.doc, { blockId: BLOCK, facilitator: room.fac.viewer, options: board }),
  );
  room.pull(room.fac, ...room.people);
  return { ...room, alice, mallory, bob };
}

/** A replica writing under the victim's client id, at clocks nobody has seen yet (devtools on
 * the mesh: y-webrtc does not say who sent a struct). */
function impostorOf(host: Y.Doc, victim: Member): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(host));
  // After the state: Yjs gives a doc a new client id when an update brings its own.
  doc.clientID = victim.doc.clientID;
  return doc;
}

/** What `receiver` applies of an update the mesh brought. */
function overMesh(receiver: Y.Doc, update: Uint8Array) {
  const verdict = judgeOnMesh(receiver, update);
  if (verdict.update) Y.applyUpdate(receiver, verdict.update, 'mesh');
  return verdict;
}

const names = (doc: Y.Doc) => listParticipants(doc).map((p) => p.name);

describe('names, note authors and group names on the mesh', () => {
  it('a peer cannot rename another participant under their client id', () => {
    const room = admittedRoom();
    expect(names(room.bob.doc)).toContain('Alice Wonder');
    const forger = impostorOf(room.host, room.alice);
    const update = captured(forger, () =>
      (forger.getMap(PARTICIPANTS).get(room.alice.viewer.participantId) as Y.Map<unknown>).set(
        'name',
        'Alice (I quit)',
      ),
    );
    overMesh(room.bob.doc, update);
    expect(names(room.bob.doc)).not.toContain('Alice (I quit)');
    // Alice's own rename, signed by her page, is believed.
    const alice = room.alice.viewer;
    room.send(room.alice, () =>
      joinSession(room.alice.doc, {
        id: alice.participantId,
        name: 'Alice W.',
        authorKey: alice.authorKey,
      }),
    );
    // (Bob's replica holds the forgery at those clocks and skips Alice's real ones: a fresh
    // replica, as after a reload, reads her name.)
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(room.host));
    expect(names(fresh)).toContain('Alice W.');
  });

  it('a peer cannot put a note on the board as another’s under their client id', () => {
    const room = admittedRoom();
    const forger = impostorOf(room.host, room.alice);
    const alice = room.alice.viewer;
    const update = captured(forger, () =>
      addBoardNote(forger, {
        blockId: BLOCK,
        text: 'Fire Bob',
        author: { participantId: alice.participantId, name: 'Alice Wonder', isFacilitator: false },
      }),
    );
    overMesh(room.bob.doc, update);
    const view = readBoard(room.bob.doc, BLOCK, room.bob.viewer)!;
    expect(view.notes.filter((n) => n.text === 'Fire Bob')).toEqual([]);
  });

  it('a note’s shown author is the writer’s participant entry, never its free text', () => {
    const room = admittedRoom();
    const mallory = room.mallory.viewer;
    room.send(room.mallory, () =>
      addBoardNote(room.mallory.doc, {
        blockId: BLOCK,
        text: 'Cut the budget',
        author: { ...mallory, name: 'Alice Wonder' },
      }),
    );
    room.pull(room.bob);
    const note = readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.find(
      (n) => n.text === 'Cut the budget',
    );
    expect(note?.authorName).toBe('Mallory Mal');
    // Merged into Bob's note by the facilitator, she is its co-author under her own name too.
    room.send(room.bob, () =>
      addBoardNote(room.bob.doc, { blockId: BLOCK, text: 'Keep it', author: room.bob.viewer }),
    );
    room.pull(room.fac);
    const byText = (t: string) =>
      readBoard(room.fac.doc, BLOCK, room.fac.viewer)!.notes.find((n) => n.text.startsWith(t))!;
    room.send(room.fac, () =>
      mergeBoardNotes(room.fac.doc, {
        targetId: byText('Keep it').id,
        sourceIds: [note!.id],
        facilitator: room.fac.viewer,
      }),
    );
    room.pull(room.bob);
    const merged = readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.find((n) =>
      n.text.startsWith('Keep it'),
    );
    expect(merged?.coAuthorNames).toEqual(['Mallory Mal']);
  });

  it('on a board the facilitator groups, nobody else names or regroups, on the hub or the mesh', () => {
    const room = admittedRoom({ privateWriting: false, attendeesMayGroup: false });
    for (const text of ['One', 'Two'])
      room.send(room.alice, () =>
        addBoardNote(room.alice.doc, { blockId: BLOCK, text, author: room.alice.viewer }),
      );
    room.pull(room.fac);
    const [one, two] = readBoard(room.fac.doc, BLOCK, room.fac.viewer)!.notes;
    room.send(room.fac, () => {
      revealNotes(room.fac.doc, { blockId: BLOCK, facilitator: room.fac.viewer });
      const gid = groupNotes(room.fac.doc, {
        noteIds: [two!.id],
        ontoId: one!.id,
        actor: room.fac.viewer,
      });
      nameGroup(room.fac.doc, {
        blockId: BLOCK,
        groupId: gid,
        name: 'Keep',
        actor: room.fac.viewer,
      });
    });
    room.pull(room.mallory, room.bob);
    const groupId = readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.groups[0]!.id;
    // Mallory skips the command (which refuses) and writes the map herself.
    const rename = () =>
      boardMaps(room.mallory.doc).groups.set(groupId, { blockId: BLOCK, name: 'Fire Bob' });
    const update = captured(room.mallory.doc, rename);
    expect(overMesh(room.bob.doc, update).whole).toBe(false);
    expect(room.authority.judge(room.mallory.identity, update).whole).toBe(false);
    const ungroup = captured(room.mallory.doc, () =>
      (boardMaps(room.mallory.doc).notes.get(two!.id) as Y.Map<unknown>).delete('groupId'),
    );
    expect(room.authority.judge(room.mallory.identity, ungroup).whole).toBe(false);
    expect(readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.groups[0]!.name).toBe('Keep');
  });
});

describe('the roster on the mesh', () => {
  it('a removed participant, or one waiting in the lobby, writes nothing a receiver takes', () => {
    const room = admittedRoom();
    const malloryId = room.mallory.viewer.participantId;
    room.host.transact(() => setRosterState(room.host, malloryId, 'removed'), 'host');
    room.pull(room.mallory, room.bob);
    const parked = captured(room.mallory.doc, () =>
      addParkingItem(room.mallory.doc, {
        text: 'Still here',
        authorId: malloryId,
        authorName: 'Mallory Mal',
        authorKey: room.mallory.viewer.authorKey,
      }),
    );
    expect(room.authority.judge(room.mallory.identity, parked).whole).toBe(false); // the hub
    expect(overMesh(room.bob.doc, parked).whole).toBe(false);
    expect(listParkingItems(room.bob.doc).map((i) => i.text)).not.toContain('Still here');

    const aliceId = room.alice.viewer.participantId;
    room.host.transact(
      () =>
        rosterMap(room.host).set(aliceId, { address: '10.0.0.2', joinedAt: 3, state: 'waiting' }),
      'host',
    );
    room.pull(room.alice, room.bob);
    const done = captured(room.alice.doc, () =>
      setDone(room.alice.doc, { blockId: BLOCK, ...room.alice.viewer, done: true }),
    );
    expect(overMesh(room.bob.doc, done).whole).toBe(false);
    // A name is what the lobby needs: it still passes.
    const renamed = captured(room.alice.doc, () =>
      (room.alice.doc.getMap(PARTICIPANTS).get(aliceId) as Y.Map<unknown>).set('joinedAt', 4),
    );
    expect(overMesh(room.bob.doc, renamed).whole).toBe(true);
  });
});

describe('a removed participant counts nowhere', () => {
  it('their "done" counts in neither N nor M; their notes say they were removed', () => {
    const room = admittedRoom();
    const malloryId = room.mallory.viewer.participantId;
    const everyone = room.people.map((p) => p.viewer.participantId);
    room.send(room.mallory, () => {
      setDone(room.mallory.doc, { blockId: BLOCK, ...room.mallory.viewer, done: true });
      addBoardNote(room.mallory.doc, {
        blockId: BLOCK,
        text: 'Mine',
        author: room.mallory.viewer,
      });
    });
    room.pull(room.bob);
    expect(readReadiness(room.bob.doc, BLOCK, room.bob.viewer, everyone)).toMatchObject({
      done: 1,
      total: 3,
    });
    room.host.transact(() => setRosterState(room.host, malloryId, 'removed'), 'host');
    room.pull(room.bob);
    expect(readReadiness(room.bob.doc, BLOCK, room.bob.viewer, everyone)).toMatchObject({
      done: 0,
      total: 2,
    });
    const note = readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.find(
      (n) => n.text === 'Mine',
    );
    expect(note?.authorName).toBe('Mallory Mal (removed)');
  });

  it('someone waiting in the lobby is not one of the M', () => {
    const room = admittedRoom();
    const waiting = 'someone-in-the-lobby';
    room.host.transact(
      () =>
        rosterMap(room.host).set(waiting, { address: '10.0.0.2', joinedAt: 5, state: 'waiting' }),
      'host',
    );
    room.pull(room.bob);
    const online = [...room.people.map((p) => p.viewer.participantId), waiting];
    expect(readReadiness(room.bob.doc, BLOCK, room.bob.viewer, online).total).toBe(3);
  });
});

describe('a session from before signed names and note authors', () => {
  it('keeps what its attendees wrote; what their clients write after the host opened it is signed', () => {
    const room = admittedRoom();
    // An older page: an unsigned note and name, through the hub.
    const oldPage = { ...room.alice.viewer, authorKey: undefined };
    room.send(room.alice, () => {
      addBoardNote(room.alice.doc, { blockId: BLOCK, text: 'From before', author: oldPage });
      joinSession(room.alice.doc, { id: oldPage.participantId, name: 'Alice of old' });
    });
    room.pull(room.bob);
    expect(readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.map((n) => n.text)).toEqual([]);
    // The host opens the session under the new rules (hub.ts: markSignedSince), once.
    room.host.transact(() => markSignedSince(room.host), 'host');
    room.pull(room.bob);
    expect(readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.map((n) => n.text)).toEqual([
      'From before',
    ]);
    expect(names(room.bob.doc)).toContain('Alice of old');
    // Later unsigned writes of the same client (an impostor's, say) are not believed.
    const forger = impostorOf(room.host, room.alice);
    overMesh(
      room.bob.doc,
      captured(forger, () =>
        addBoardNote(forger, { blockId: BLOCK, text: 'Forged after', author: oldPage }),
      ),
    );
    room.host.transact(() => markSignedSince(room.host), 'host'); // a second open moves nothing
    room.pull(room.bob);
    expect(readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.map((n) => n.text)).toEqual([
      'From before',
    ]);
  });
});

describe('what the hub delivered needs no signature check; the mesh’s forgeries stay unbelieved', () => {
  /** The hub's update to `m`, applied as the page's hub path does (meshGuard.ts). */
  const fromHub = (host: Y.Doc, m: Member) => {
    const update = Y.encodeStateAsUpdate(host, Y.encodeStateVector(m.doc));
    applyFromHub(m.doc, () => Y.applyUpdate(m.doc, update, 'hub'));
  };
  const texts = (room: ReturnType<typeof admittedRoom>) =>
    readBoard(room.bob.doc, BLOCK, room.bob.viewer)!.notes.map((n) => n.text);

  it('an unsigned note by its author’s own connection shows when the hub brought it', () => {
    const room = admittedRoom();
    const unsigned = { ...room.alice.viewer, authorKey: undefined };
    room.send(room.alice, () =>
      addBoardNote(room.alice.doc, { blockId: BLOCK, text: 'Via the hub', author: unsigned }),
    );
    fromHub(room.host, room.bob);
    expect(texts(room)).toEqual(['Via the hub']);
  });

  it('a forgery held at those clocks is not vouched for by the hub’s copy', () => {
    const room = admittedRoom();
    const unsigned = { ...room.alice.viewer, authorKey: undefined };
    // The forgery arrives first over the mesh; the hub then brings Alice's real note at the same
    // clocks (which Bob's replica skips).
    const forger = impostorOf(room.host, room.alice);
    overMesh(
      room.bob.doc,
      captured(forger, () =>
        addBoardNote(forger, { blockId: BLOCK, text: 'Forged first', author: unsigned }),
      ),
    );
    // The hub passes on what Alice's connection sent, as it came (not a diff for Bob): her real,
    // signed note takes those clocks and two more.
    const real = room.send(room.alice, () =>
      addBoardNote(room.alice.doc, { blockId: BLOCK, text: 'Real', author: room.alice.viewer }),
    ).update!;
    applyFromHub(room.bob.doc, () => Y.applyUpdate(room.bob.doc, real, 'hub'));
    expect(texts(room)).toEqual([]);
  });

  it('nor a forgery that waited for the clocks the hub filled', () => {
    const room = admittedRoom();
    const unsigned = { ...room.alice.viewer, authorKey: undefined };
    const forger = impostorOf(room.host, room.alice);
    // Same fields as Alice's next note, so it takes exactly her next clocks: never sent.
    captured(forger, () =>
      addBoardNote(forger, { blockId: BLOCK, text: 'Filler', author: unsigned }),
    );
    let forgedId = '';
    const past = captured(forger, () => {
      forgedId = addBoardNote(forger, { blockId: BLOCK, text: 'After a gap', author: unsigned });
    });
    overMesh(room.bob.doc, past);
    expect(room.bob.doc.store.pendingStructs).not.toBeNull();
    room.send(room.alice, () =>
      addBoardNote(room.alice.doc, { blockId: BLOCK, text: 'Real', author: unsigned }),
    );
    fromHub(room.host, room.bob);
    // The waiting forgery came in with the hub's update, and is still not believed.
    expect(boardMaps(room.bob.doc).notes.has(forgedId)).toBe(true);
    expect(texts(room)).not.toContain('After a gap');
  });
});
