// Commands that turn the room's output into register entries (issue 14, part 5), and the board
// setup a facilitator window runs: each one transaction with its origin, so one undo takes it
// back whole and a remote origin is not undone at all.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acceptSuggestion } from '#shared/model/registers/acceptSuggestion';
import {
  decisionDraftFromBoard,
  decisionDraftFromParking,
  decisionFromBoard,
  recordAction,
  recordDecision,
} from '#shared/model/registers/fromRoom';
import { draftFromParking } from '#shared/model/registers/actionDrafts';
import { applyTemplate } from '#shared/templates/index';
import { getAgenda } from '#shared/model/agenda/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { readOutcomes, setOutcome } from '#shared/model/registers/outcomes';
import { listSuggestions, suggest } from '#shared/model/registers/suggestions';
import { readRegisters } from '#shared/model/registers/read';
import { createUndoManager } from '#shared/model/undo';
import { readControl, setUpMissingBoards } from '#shared/model/board/index';
import { TITLE_MAX_CHARS } from '#shared/model/limits';
import { setSessionLanguage } from '#shared/model/session/language';
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

describe('recording from the room through the form (issue 21)', () => {
  /** A retrospective whose timer runs its third block; the board is the second block's. */
  function room() {
    const doc = new Y.Doc();
    applyTemplate(doc, 'retrospective');
    const blocks = getAgenda(doc).days[0]!.blocks;
    applyTimerAction(doc, { type: 'goTo', blockId: blocks[2]!.id }, { hostNow: 1_000 });
    applyTimerAction(doc, { type: 'start' }, { hostNow: 1_000 });
    return { doc, board: blocks[1]!.id, running: blocks[2]!.id };
  }

  it('titles a decision from a group with no words in the session’s language', () => {
    const { doc, board } = room();
    const empty = { blockId: board, text: '  ', noteIds: ['n1'], groupId: 'g-n1' };
    expect(decisionDraftFromBoard(doc, empty).title).toBe('Decision');
    setSessionLanguage(doc, 'de');
    expect(decisionDraftFromBoard(doc, empty).title).toBe('Entscheidung');
    setSessionLanguage(doc, 'fr');
    expect(decisionFromBoard(doc, empty).title).toBe('Décision');
  });

  it('files a group’s decision under the block the room is on, linked to the group', () => {
    const { doc, board, running } = room();
    const draft = decisionDraftFromBoard(doc, {
      blockId: board,
      text: 'Personas first',
      noteIds: ['n1', 'n2'],
      groupId: 'g-n1',
    });
    expect(draft).toMatchObject({ title: 'Personas first', sourceBlockId: running });
    // Nothing is recorded until the form is saved.
    expect(readRegisters(doc).decisions).toEqual([]);
    const um = createUndoManager(doc);
    const id = recordDecision(
      doc,
      { title: 'Personas before pricing', sourceBlockId: running },
      draft,
    );
    expect(readRegisters(doc).decisions).toEqual([
      expect.objectContaining({
        id,
        title: 'Personas before pricing',
        sourceBlockId: running,
        sourceNoteIds: ['n1', 'n2'],
        sourceGroupId: 'g-n1',
      }),
    ]);
    um.undo();
    expect(readRegisters(doc).decisions).toEqual([]);
  });

  it('settles a parking lot item with the action or decision saved from it; one undo takes both back', () => {
    const { doc, running } = room();
    const text = 'The hiring plan needs a session of its own, with finance in the room';
    addParkingItem(doc, { id: 'p1', text, authorId: 'a', authorName: 'Zoë', now: 1 });
    addParkingItem(doc, { id: 'p2', text: 'Pricing', authorId: 'b', authorName: 'Ada', now: 2 });
    const [p1, p2] = listParkingItems(doc);
    const actionDraft = draftFromParking(doc, p1!);
    expect(actionDraft).toMatchObject({
      title: text,
      responsible: 'Zoë',
      sourceBlockId: running,
      parkingItemId: 'p1',
    });
    const um = createUndoManager(doc);
    const actionId = recordAction(
      doc,
      { title: 'Plan the hiring session', responsible: 'Zoë', due: '2026-12-04' },
      actionDraft,
    );
    expect(listParkingItems(doc)[0]!.outcome).toMatchObject({ kind: 'action', recordId: actionId });
    um.stopCapturing();
    const decisionId = recordDecision(
      doc,
      { title: 'Pricing waits for Q2' },
      decisionDraftFromParking(doc, p2!),
    );
    expect(listParkingItems(doc)[1]!.outcome).toMatchObject({
      kind: 'decision',
      recordId: decisionId,
    });
    um.undo();
    expect(readRegisters(doc).decisions).toEqual([]);
    expect(listParkingItems(doc)[1]!.outcome).toBeNull();
    um.undo();
    expect(readRegisters(doc).actions).toEqual([]);
    expect(listParkingItems(doc)[0]!.outcome).toBeNull();
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

describe('block outcomes (issue 21)', () => {
  it('keeps the facilitator’s notes of a block’s outcome, one undo step, empty removes them', () => {
    const doc = new Y.Doc();
    const um = createUndoManager(doc);
    setOutcome(doc, { blockId: 'b1', text: '  We ship weekly.\nPricing waits.  ' });
    expect(readOutcomes(doc)).toEqual({ b1: 'We ship weekly.\nPricing waits.' });
    um.stopCapturing();
    setOutcome(doc, { blockId: 'b1', text: '' });
    expect(readOutcomes(doc)).toEqual({});
    um.undo();
    expect(readOutcomes(doc)).toEqual({ b1: 'We ship weekly.\nPricing waits.' });
    expect(() => setOutcome(doc, { blockId: 'b1', text: 'x'.repeat(4001) })).toThrow(/limit/);
  });
});
