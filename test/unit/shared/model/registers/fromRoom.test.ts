// Commands that turn the room's output into register entries (issue 14, part 5), and the board
// setup a facilitator window runs: each one transaction with its origin, so one undo takes it
// back whole and a remote origin is not undone at all.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acceptSuggestion, decisionFromBoard } from '#shared/model/registers/fromRoom';
import { listSuggestions, suggest } from '#shared/model/registers/suggestions';
import { readRegisters } from '#shared/model/registers/read';
import { createUndoManager } from '#shared/model/undo';
import { readControl, setUpMissingBoards } from '#shared/model/board/index';
import { TITLE_MAX_CHARS } from '#shared/model/limits';
import { facilitator } from '#kit/seeds/boardReplicas';

const REMOTE = 'remote';

function transactionsOf(doc: Y.Doc, run: () => void): unknown[] {
  const origins: unknown[] = [];
  const on = (tr: Y.Transaction) => origins.push(tr.origin);
  doc.on('afterTransaction', on);
  run();
  doc.off('afterTransaction', on);
  return origins;
}

describe('acceptSuggestion', () => {
  it('records the decision and marks the suggestion accepted in one undoable step', () => {
    const doc = new Y.Doc();
    const s = suggest(doc, {
      kind: 'decision',
      text: 'Ship the beta to five design partners first',
      authorId: 'p1',
      authorName: 'Ana',
      sourceBlockId: 'b1',
    });
    const um = createUndoManager(doc);
    const origins = transactionsOf(doc, () => acceptSuggestion(doc, s));
    expect(origins).toEqual(['local']);
    const [decision] = readRegisters(doc).decisions;
    expect(decision).toMatchObject({
      title: 'Ship the beta to five design partners first',
      context: 'Suggested by Ana.',
      sourceBlockId: 'b1',
    });
    expect(listSuggestions(doc)[0]).toMatchObject({
      status: 'accepted',
      acceptedAsId: decision!.id,
    });
    um.undo();
    expect(readRegisters(doc).decisions).toEqual([]);
    expect(listSuggestions(doc)[0]!.status).toBe('open');
  });

  it('keeps a long suggestion whole in the context, and runs under the origin it is given', () => {
    const doc = new Y.Doc();
    const text = `${'Measure activation weekly. '.repeat(20)}`.trim();
    const s = suggest(doc, { kind: 'decision', text, authorId: 'p1', authorName: '' });
    const um = createUndoManager(doc);
    const origins = transactionsOf(doc, () => acceptSuggestion(doc, s, REMOTE));
    expect(origins).toEqual([REMOTE]);
    const [decision] = readRegisters(doc).decisions;
    expect(decision!.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(decision!.context).toBe(`${text}\nSuggested by an attendee.`);
    expect(um.canUndo()).toBe(false);
  });
});

describe('decisionFromBoard', () => {
  it('links the decision to its block, notes and group', () => {
    const doc = new Y.Doc();
    const d = decisionFromBoard(doc, {
      blockId: 'b2',
      text: 'Personas first',
      noteIds: ['n1', 'n2'],
      groupId: 'g-n1',
    });
    expect(d).toMatchObject({
      title: 'Personas first',
      sourceBlockId: 'b2',
      sourceNoteIds: ['n1', 'n2'],
      sourceGroupId: 'g-n1',
    });
    expect(decisionFromBoard(doc, { blockId: 'b2', text: '', noteIds: [] }).title).toBe('Decision');
  });
});

describe('setUpMissingBoards', () => {
  it('sets up only the boards that have none, in one transaction, and keeps existing ones', () => {
    const doc = new Y.Doc();
    const fac = facilitator();
    expect(setUpMissingBoards(doc, [{ blockId: 'b1', columns: ['Now'] }], fac)).toEqual(['b1']);
    const first = readControl(doc, 'b1');
    const origins = transactionsOf(doc, () =>
      expect(
        setUpMissingBoards(
          doc,
          [
            { blockId: 'b1', columns: ['Changed'] },
            { blockId: 'b2', columns: ['Keep', 'Stop'] },
            { blockId: 'b3', columns: [] },
          ],
          fac,
        ),
      ).toEqual(['b2', 'b3']),
    );
    expect(origins).toEqual(['local']);
    expect(readControl(doc, 'b1')).toEqual(first);
    expect(readControl(doc, 'b2')!.settings.columns.map((c) => c.title)).toEqual(['Keep', 'Stop']);
    expect(
      transactionsOf(doc, () => setUpMissingBoards(doc, [{ blockId: 'b2', columns: [] }], fac)),
    ).toEqual([]);
  });
});
