// The board's columns (renderer/features/board/BoardColumns.tsx) rendered to HTML from a real
// board: each column a labelled region with its count and every note it holds, others' notes
// before the reveal only as a count (never their text), a group under its name.
import { describe, expect, it } from 'vitest';
import { BoardColumns } from '../../../../../renderer/features/board/BoardColumns';
import { boardActions } from '#renderer/features/board/boardActions';
import type { BoardUi } from '#renderer/features/board/boardUi';
import { boardColumns } from '#shared/model/board/columns';
import {
  addBoardNote,
  groupNotes,
  nameGroup,
  readBoard,
  revealNotes,
  type BoardViewer,
} from '#shared/model/board/index';
import type * as Y from 'yjs';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';
import { renderHtml, textOf, within } from '../../renderHtml';

function retro() {
  const r = room({ columns: [{ title: 'Went well' }, { title: 'To improve' }] });
  const [alice, bob] = r.people as [BoardViewer, BoardViewer];
  const [aliceDoc, bobDoc] = r.docs as [Y.Doc, Y.Doc];
  const note = (doc: Y.Doc, author: BoardViewer, text: string, column: string) =>
    addBoardNote(doc, { blockId: BLOCK, text, author, column });
  const ids = [
    note(aliceDoc, alice, 'Quick wins', 'c1'),
    note(aliceDoc, alice, 'Good food', 'c1'),
    note(bobDoc, bob, 'Too long', 'c2'),
    note(bobDoc, bob, 'Late start', 'c2'),
  ];
  sync(...r.all);
  return { ...r, alice, aliceDoc, ids };
}

function columnsHtml(doc: Y.Doc, viewer: BoardViewer): string {
  const view = readBoard(doc, BLOCK, viewer)!;
  const ui: BoardUi = {
    actions: boardActions(doc, BLOCK, viewer, () => {}),
    isFacilitator: viewer.isFacilitator,
    phase: view.phase,
    voting: view.voting,
    votesLeft: 0,
    maxPerNote: null,
    mayGroup: false,
    pick() {},
    picking: null,
    choose() {},
  };
  return renderHtml(BoardColumns, { columns: boardColumns(view), votes: null, ui });
}

describe('BoardColumns', () => {
  it('before the reveal: my notes in their column, others’ only counted', () => {
    const r = retro();
    const html = columnsHtml(r.aliceDoc, r.alice);
    const well = within(html, 'aria-label="Column: Went well"');
    expect(textOf(well)).toContain('Went well (2 notes)');
    expect(well.match(/aria-label="Your note"/g)).toHaveLength(2);
    expect(textOf(well)).toContain('Quick wins');
    expect(textOf(well)).toContain('Good food');
    const improve = within(html, 'aria-label="Column: To improve"');
    expect(textOf(improve)).toContain('To improve (2 notes)');
    expect(textOf(improve)).toContain('2 notes by others, hidden until the reveal');
    expect(html).not.toContain('Too long');
    expect(html).not.toContain('Late start');
  });

  it('after the reveal: every note in its column, with its author, editable only by its own', () => {
    const r = retro();
    revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
    sync(...r.all);
    const html = columnsHtml(r.aliceDoc, r.alice);
    const improve = within(html, 'aria-label="Column: To improve"');
    expect(textOf(improve)).toContain('Too long');
    expect(textOf(improve)).toContain('Late start');
    expect(improve.match(/aria-label="Note by Bob Builder"/g)).toHaveLength(2);
    expect(improve).not.toContain('hidden until the reveal');
    expect(improve).not.toContain('>Edit<');
    expect(within(html, 'aria-label="Column: Went well"')).toContain('>Edit<');
  });

  it('shows a group as a labelled group holding its notes', () => {
    const r = retro();
    revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
    const [, , tooLong, lateStart] = r.ids as [string, string, string, string];
    const groupId = groupNotes(r.facDoc, { noteIds: [lateStart], ontoId: tooLong, actor: r.fac });
    nameGroup(r.facDoc, { blockId: BLOCK, groupId, name: 'Timing', actor: r.fac });
    const html = columnsHtml(r.facDoc, r.fac);
    const group = within(html, 'aria-label="Timing"');
    expect(group).toContain('role="group"');
    expect(textOf(group)).toContain('2 notes');
    expect(textOf(group)).toContain('Too long');
    expect(textOf(group)).toContain('Late start');
    expect(textOf(within(html, 'aria-label="Column: To improve"'))).toContain('(2 notes)');
  });
});
