// Undo and redo of the facilitator's board and register actions (issue 13, part 5): a
// Y.UndoManager over LOCAL_ORIGIN writes; remote edits and reveals are never taken back, and a
// merged note keeps both authors (undo gives both notes back).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBoardNote,
  deleteBoardNote,
  editBoardNote,
  groupNotes,
  mergeBoardNotes,
  readBoard,
  revealNotes,
  setBoardColumns,
  ungroupNote,
  updateBoardSettings,
} from '#shared/model/board/index';
import { addAction, updateAction } from '#shared/model/registers/commands';
import { listActions } from '#shared/model/registers/read';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { createUndoManager, nextLabel } from '#shared/model/undo';
import { reportPartsFromDoc } from '#shared/export/fromDoc';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

function revealedRoom() {
  const r = room({ columns: [{ title: 'Keep' }, { title: 'Change' }] });
  const [alice, bob] = r.people as [(typeof r.people)[0], (typeof r.people)[0]];
  addBoardNote(r.docs[0]!, {
    blockId: BLOCK,
    text: 'Ship weekly',
    author: alice,
    id: 'a1',
    now: 1,
  });
  addBoardNote(r.docs[1]!, { blockId: BLOCK, text: 'Ship faster', author: bob, id: 'b1', now: 2 });
  addBoardNote(r.docs[1]!, {
    blockId: BLOCK,
    text: 'Fewer meetings',
    author: bob,
    id: 'b2',
    now: 3,
  });
  sync(...r.all);
  revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  return { ...r, alice, bob };
}

const texts = (doc: Y.Doc, viewer: Parameters<typeof readBoard>[2]) =>
  readBoard(doc, BLOCK, viewer)!.notes.map((n) => n.text);

describe('undo and redo on the console', () => {
  it('a merge keeps both authors; undo brings both notes back; redo merges again', () => {
    const r = revealedRoom();
    const um = createUndoManager(r.facDoc);
    mergeBoardNotes(r.facDoc, { targetId: 'a1', sourceIds: ['b1'], facilitator: r.fac });
    const merged = readBoard(r.facDoc, BLOCK, r.fac)!.notes.find((n) => n.id === 'a1')!;
    expect(merged.text).toBe('Ship weekly\n\nShip faster');
    expect(merged.authorName).toBe('Alice Wonder');
    expect(merged.coAuthorNames).toEqual(['Bob Builder']);
    // The export names both (the board's block has to be on the agenda to be exported).
    const day = addDay(r.facDoc, {});
    addBlock(r.facDoc, {
      id: BLOCK,
      dayId: day.id,
      title: 'Ideas',
      kind: 'brainstorm',
      plannedMinutes: 10,
    });
    const parts = reportPartsFromDoc(r.facDoc, { viewer: r.fac });
    expect(JSON.stringify(parts)).toContain('Alice Wonder and Bob Builder');

    expect(nextLabel(um, 'undo')).toBe('merge');
    um.undo();
    expect(texts(r.facDoc, r.fac)).toEqual(['Ship weekly', 'Ship faster', 'Fewer meetings']);
    expect(readBoard(r.facDoc, BLOCK, r.fac)!.notes[0]!.coAuthorNames).toEqual([]);
    // The restored note reaches another replica with its author's name.
    sync(...r.all);
    const seen = readBoard(r.docs[0]!, BLOCK, r.alice)!.notes.find((n) => n.text === 'Ship faster');
    expect(seen?.authorName).toBe('Bob Builder');

    expect(nextLabel(um, 'redo')).toBe('merge');
    um.redo();
    expect(texts(r.facDoc, r.fac)).toEqual(['Ship weekly\n\nShip faster', 'Fewer meetings']);
  });

  it('merging a merged note keeps every author once', () => {
    const r = revealedRoom();
    mergeBoardNotes(r.facDoc, { targetId: 'b1', sourceIds: ['a1'], facilitator: r.fac });
    mergeBoardNotes(r.facDoc, { targetId: 'b2', sourceIds: ['b1'], facilitator: r.fac });
    const n = readBoard(r.facDoc, BLOCK, r.fac)!.notes[0]!;
    expect(n.authorName).toBe('Bob Builder');
    expect(n.coAuthorNames).toEqual(['Alice Wonder']);
  });

  it('undoes delete, move, group, ungroup and edits one step at a time, with labels', () => {
    const r = revealedRoom();
    const um = createUndoManager(r.facDoc);
    const board = () => readBoard(r.facDoc, BLOCK, r.fac)!;
    const col2 = board().settings.columns[1]!.id;
    editBoardNote(r.facDoc, { noteId: 'b2', column: col2, editor: r.fac });
    editBoardNote(r.facDoc, { noteId: 'b2', text: 'No meetings', editor: r.fac });
    groupNotes(r.facDoc, { noteIds: ['b1'], ontoId: 'a1', actor: r.fac });
    ungroupNote(r.facDoc, { noteId: 'b1', actor: r.fac });
    deleteBoardNote(r.facDoc, { noteId: 'a1', actor: r.fac });
    const labels: (string | null)[] = [];
    while (um.canUndo()) {
      labels.push(nextLabel(um, 'undo'));
      um.undo();
    }
    expect(labels).toEqual(['delete', 'group', 'group', 'edit', 'move']);
    const b2 = board().notes.find((n) => n.id === 'b2')!;
    expect(b2.text).toBe('Fewer meetings');
    expect(b2.column).not.toBe(col2);
    expect(board().groups).toEqual([]);
    expect(texts(r.facDoc, r.fac)).toHaveLength(3);
  });

  it("never undoes someone else's edit or the reveal", () => {
    const r = room();
    const um = createUndoManager(r.facDoc);
    addBoardNote(r.docs[0]!, { blockId: BLOCK, text: 'Remote', author: r.people[0]!, now: 1 });
    sync(...r.all);
    revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
    expect(um.canUndo()).toBe(false);
    expect(texts(r.facDoc, r.fac)).toEqual(['Remote']);
  });

  it('undoes and redoes a column edit; notes come back from Unsorted; settings stay otherwise', () => {
    const r = revealedRoom();
    const um = createUndoManager(r.facDoc);
    const board = () => readBoard(r.facDoc, BLOCK, r.fac)!;
    const keep = board().settings.columns[0]!;
    const change = board().settings.columns[1]!;
    editBoardNote(r.facDoc, { noteId: 'b2', column: change.id, editor: r.fac });
    const keys = [board().settings.notesPublicKey, board().settings.votesPublicKey];
    setBoardColumns(r.facDoc, {
      blockId: BLOCK,
      facilitator: r.fac,
      columns: [{ id: keep.id, title: 'Kept, renamed' }],
    });
    const titles = () => board().settings.columns.map((c) => c.title);
    const columnOf = (id: string) => board().notes.find((n) => n.id === id)!.column;
    expect(titles()).toEqual(['Kept, renamed', 'Unsorted']);
    expect(columnOf('b2')).toBe('unsorted');
    expect(nextLabel(um, 'undo')).toBe('columns');
    um.undo();
    expect(titles()).toEqual(['Keep', 'Change']);
    expect(columnOf('b2')).toBe(change.id);
    expect([board().settings.notesPublicKey, board().settings.votesPublicKey]).toEqual(keys);
    expect(board().phase).toBe('revealed');
    expect(nextLabel(um, 'redo')).toBe('columns');
    um.redo();
    expect(titles()).toEqual(['Kept, renamed', 'Unsorted']);
    expect(columnOf('b2')).toBe('unsorted');
    // Other board settings are still not undoable.
    updateBoardSettings(r.facDoc, {
      blockId: BLOCK,
      facilitator: r.fac,
      options: { dotsPerPerson: 5 },
    });
    expect(nextLabel(um, 'undo')).toBe('columns');
    // Undoing the columns now keeps the later settings (5 dots) and the column list they carry;
    // the note moves back to its old column id, which the board shows in the first column.
    um.undo();
    expect(board().settings.dotsPerPerson).toBe(5);
    expect(titles()).toEqual(['Kept, renamed', 'Unsorted']);
    expect(columnOf('b2')).toBe(change.id);
  });

  it('undoes register edits', () => {
    const doc = new Y.Doc();
    const um = createUndoManager(doc);
    const a = addAction(doc, { title: 'Write the plan', now: 1 });
    updateAction(doc, { id: a.id, responsible: 'Ann' });
    expect(nextLabel(um, 'undo')).toBe('action');
    um.undo();
    expect(listActions(doc)[0]!.responsible).toBe('');
    um.undo();
    expect(listActions(doc)).toEqual([]);
    um.redo();
    expect(listActions(doc)[0]!.title).toBe('Write the plan');
  });
});
