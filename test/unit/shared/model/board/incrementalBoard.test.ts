// The incremental reader must show exactly what readBoard shows, to every viewer, after any
// sequence of writes; and reuse the view objects of notes that did not change.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addBoardNote,
  deleteBoardNote,
  editBoardNote,
  groupNotes,
  mergeBoardNotes,
  nameGroup,
  readBoard,
  revealNotes,
  ungroupNote,
  updateBoardSettings,
  type BoardViewer,
} from '#shared/model/board/index';
import { voteTargets } from '#shared/model/board/voteCommands';
import { IncrementalBoardReader } from '#shared/model/board/incrementalBoard';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

function readers(doc: Y.Doc, viewers: BoardViewer[]) {
  return viewers.map((v) => ({ v, r: new IncrementalBoardReader(doc, BLOCK, v) }));
}

function expectSame(doc: Y.Doc, rs: { v: BoardViewer; r: IncrementalBoardReader }[]) {
  for (const { v, r } of rs) {
    expect(r.read()).toEqual(readBoard(doc, BLOCK, v));
    // What readVotes is handed instead of scanning the doc's notes again.
    expect(r.targets).toEqual(voteTargets(doc, BLOCK));
  }
}

describe('IncrementalBoardReader', () => {
  it('matches readBoard for author, other attendee, facilitator and projector through a cycle', () => {
    const { fac, facDoc, people, docs } = room({
      columns: [{ title: 'Went well' }, { title: 'To improve' }],
    });
    const [alice, bob] = people as [BoardViewer, BoardViewer];
    const [aliceDoc, bobDoc] = docs as [Y.Doc, Y.Doc];
    const projector: BoardViewer = { participantId: 'projector', isFacilitator: false };
    const onBob = readers(bobDoc, [bob, alice, projector]);
    const onFac = readers(facDoc, [fac, projector]);
    const check = () => {
      sync(facDoc, aliceDoc, bobDoc);
      expectSame(bobDoc, onBob);
      expectSame(facDoc, onFac);
    };
    check();
    const a1 = addBoardNote(aliceDoc, { blockId: BLOCK, text: 'Alpha', author: alice, now: 1 });
    const a2 = addBoardNote(aliceDoc, {
      blockId: BLOCK,
      text: 'Beta',
      author: alice,
      column: 'c2',
      now: 2,
    });
    const b1 = addBoardNote(bobDoc, { blockId: BLOCK, text: 'Gamma', author: bob, now: 3 });
    check();
    // Before the reveal Bob's page has a placeholder for Alice's notes, never their text.
    const bobView = onBob[0]!.r.read()!;
    expect(bobView.hidden).toEqual({ total: 2, byColumn: { c1: 1, c2: 1 } });
    expect(JSON.stringify(bobView)).not.toContain('Alpha');
    editBoardNote(aliceDoc, { noteId: a1, text: 'Alpha 2', editor: alice });
    check();
    revealNotes(facDoc, { blockId: BLOCK, facilitator: fac });
    check();
    groupNotes(bobDoc, { noteIds: [a2], ontoId: b1, actor: bob });
    check();
    nameGroup(facDoc, { blockId: BLOCK, groupId: `g-${b1}`, name: 'Greek', actor: fac });
    check();
    ungroupNote(aliceDoc, { noteId: a2, actor: alice });
    check();
    mergeBoardNotes(facDoc, { targetId: a1, sourceIds: [a2], facilitator: fac });
    check();
    deleteBoardNote(bobDoc, { noteId: b1, actor: bob });
    check();
    for (const { r } of [...onBob, ...onFac]) r.destroy();
  });

  it('keeps anonymous notes anonymous and recognises the author', () => {
    const { fac, facDoc, people, docs } = room({ anonymous: true, privateWriting: false });
    const [alice, bob] = people as [BoardViewer, BoardViewer];
    const [aliceDoc, bobDoc] = docs as [Y.Doc, Y.Doc];
    addBoardNote(aliceDoc, { blockId: BLOCK, text: 'Quiet idea', author: alice, now: 1 });
    sync(facDoc, aliceDoc, bobDoc);
    const mineReader = new IncrementalBoardReader(aliceDoc, BLOCK, alice);
    const theirs = new IncrementalBoardReader(bobDoc, BLOCK, bob);
    expect(mineReader.read()!.notes[0]).toMatchObject({
      mine: true,
      anonymous: true,
      authorName: null,
    });
    expect(theirs.read()!.notes[0]).toMatchObject({
      mine: false,
      anonymous: true,
      authorName: null,
    });
    expect(readBoard(facDoc, BLOCK, fac)!.notes[0]!.authorId).toBeNull();
  });

  it('reuses the view of every note that did not change', () => {
    const { fac, facDoc } = room({ privateWriting: false });
    for (let i = 0; i < 20; i++)
      addBoardNote(facDoc, { blockId: BLOCK, text: `n${i}`, author: fac, now: i });
    const r = new IncrementalBoardReader(facDoc, BLOCK, fac);
    const before = r.read()!;
    const added = addBoardNote(facDoc, { blockId: BLOCK, text: 'new', author: fac, now: 100 });
    editBoardNote(facDoc, { noteId: before.notes[3]!.id, text: 'changed', editor: fac });
    const after = r.read()!;
    expect(after.notes).toHaveLength(21);
    const changed = new Set([added, before.notes[3]!.id]);
    for (const n of after.notes) {
      const old = before.notes.find((o) => o.id === n.id);
      if (changed.has(n.id)) expect(n).not.toBe(old);
      else expect(n).toBe(old);
    }
    // Settings that do not touch the notes keep them too.
    updateBoardSettings(facDoc, {
      blockId: BLOCK,
      facilitator: fac,
      options: { dotsPerPerson: 5 },
    });
    expect(r.read()!.notes[0]).toBe(after.notes[0]);
  });
});
