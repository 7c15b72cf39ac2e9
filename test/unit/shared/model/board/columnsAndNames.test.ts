// Board columns edited at any time and the names of re-imported sessions (issue 13, part 6).
import { describe, expect, it } from 'vitest';
import {
  addBoardNote,
  readBoard,
  setBoardColumns,
  UNSORTED_COLUMN,
} from '#shared/model/board/index';
import { importedTitle } from '#shared/model/session/libraryNames';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

describe('board columns, editable at any time', () => {
  it('renames keep the notes; a removed column sends its notes to Unsorted', () => {
    const r = room({ columns: [{ title: 'Keep' }, { title: 'Change' }], privateWriting: false });
    const [keep, change] = readBoard(r.facDoc, BLOCK, r.fac)!.settings.columns;
    addBoardNote(r.docs[0]!, { blockId: BLOCK, text: 'a', author: r.people[0]!, column: keep!.id });
    addBoardNote(r.docs[1]!, {
      blockId: BLOCK,
      text: 'b',
      author: r.people[1]!,
      column: change!.id,
    });
    sync(...r.all);

    const cols = setBoardColumns(r.facDoc, {
      blockId: BLOCK,
      facilitator: r.fac,
      columns: [{ id: keep!.id, title: 'Keep doing' }, { title: 'Start doing' }],
    });
    expect(cols.map((c) => c.title)).toEqual(['Keep doing', 'Start doing', 'Unsorted']);
    sync(...r.all);
    const seen = readBoard(r.docs[0]!, BLOCK, r.people[0]!)!;
    expect(seen.settings.columns.map((c) => c.title)).toEqual(cols.map((c) => c.title));
    expect(seen.notes.find((n) => n.text === 'a')!.column).toBe(keep!.id);
    expect(seen.notes.find((n) => n.text === 'b')!.column).toBe(UNSORTED_COLUMN.id);
    // A new column never takes over an old id (old notes do not reappear in it).
    expect(cols[1]!.id).not.toBe(change!.id);

    // Unsorted stays while it holds notes, and goes once they are moved out.
    const again = setBoardColumns(r.facDoc, { blockId: BLOCK, facilitator: r.fac, columns: cols });
    expect(again.map((c) => c.title)).toEqual(['Keep doing', 'Start doing', 'Unsorted']);
  });

  it('refuses an empty list, blank titles and attendees', () => {
    const r = room();
    const f = { blockId: BLOCK, facilitator: r.fac };
    expect(() => setBoardColumns(r.facDoc, { ...f, columns: [] })).toThrow(/at least one/);
    expect(() => setBoardColumns(r.facDoc, { ...f, columns: [{ title: '  ' }] })).toThrow(/empty/);
    expect(() =>
      setBoardColumns(r.docs[0]!, { ...f, facilitator: r.people[0]!, columns: [{ title: 'x' }] }),
    ).toThrow(/Only the facilitator/);
  });
});

describe('names of re-imported sessions', () => {
  it('adds "(imported N)" after the highest one taken', () => {
    expect(importedTitle('Retro', ['Other'])).toBe('Retro');
    expect(importedTitle('Retro', ['Retro'])).toBe('Retro (imported 2)');
    expect(importedTitle('Retro', ['Retro', 'Retro (imported 2)'])).toBe('Retro (imported 3)');
    expect(importedTitle('Retro', ['Retro (imported 7)'])).toBe('Retro (imported 8)');
    expect(importedTitle('A+B (x)', ['A+B (x)'])).toBe('A+B (x) (imported 2)');
    expect(importedTitle('x'.repeat(200), ['x'.repeat(200)])).toHaveLength(200);
  });
});
