import { describe, expect, it } from 'vitest';
import type { BoardView, RankedResult } from '#shared/model/board/index';
import { boardColumns } from '#shared/model/board/columns';
import {
  capColumn,
  readinessText,
  resultRows,
  shortText,
  votesLeftText,
} from '#renderer/features/board/boardViewModel';
import { boardFor, boardsOf, type BoardBlockInput } from '#renderer/features/board/boardBlock';
import { deriveFacilitatorSecret } from '#shared/model/board/index';

const note = (id: string, column: string, createdAt: number, groupId: string | null = null) => ({
  id,
  column,
  colour: 'yellow' as const,
  createdAt,
  groupId,
  text: `text of ${id}`,
  authorId: null,
  authorName: null,
  anonymous: true,
  mine: false,
});

function view(): BoardView {
  return {
    blockId: 'b',
    phase: 'revealed',
    voting: 'closed',
    settings: {
      columns: [
        { id: 'c1', title: 'Went well' },
        { id: 'c2', title: 'To improve' },
      ],
      anonymous: true,
      privateWriting: true,
      attendeesMayGroup: true,
      dotsPerPerson: 3,
      maxPerNote: null,
      anonymousVotes: false,
      notesPublicKey: '',
      votesPublicKey: '',
    },
    notes: [
      note('n1', 'c1', 1, 'g'),
      note('n2', 'c2', 2),
      note('n3', 'c2', 3, 'g'),
      note('n4', 'gone', 4),
    ],
    hidden: { total: 3, byColumn: { c1: 1, c2: 1, gone: 1 } },
    groups: [{ id: 'g', name: '', noteIds: ['n1', 'n3'] }],
  };
}

describe('boardColumns', () => {
  it('puts a group in the column of its oldest note and strays in the first column', () => {
    const cols = boardColumns(view());
    expect(cols.map((c) => c.items.map((i) => i.id))).toEqual([['g', 'n4'], ['n2']]);
    expect(cols.map((c) => [c.visible, c.hidden])).toEqual([
      [3, 2],
      [1, 1],
    ]);
    expect(capColumn(cols[0]!, 1)).toMatchObject({ shown: [{ id: 'g' }], more: 1 });
    expect(capColumn(cols[0]!, 2)).toMatchObject({ shown: [{ id: 'g' }], more: 1 });
    expect(capColumn(cols[0]!, 3).more).toBe(0);
    const g = cols[0]!.items[0]!;
    expect(g.kind === 'group' && g.notes.map((n) => n.id)).toEqual(['n1', 'n3']);
  });
});

describe('results', () => {
  it('ranks with ties shown as ties and bars relative to the top', () => {
    const ranked: RankedResult[] = [
      { targetId: 'g', kind: 'group', count: 4, voters: [], rank: 1, tied: false },
      { targetId: 'n2', kind: 'note', count: 2, voters: [], rank: 2, tied: true },
      { targetId: 'n4', kind: 'note', count: 2, voters: [], rank: 2, tied: true },
      { targetId: 'deleted', kind: 'note', count: 1, voters: [], rank: 4, tied: false },
    ];
    const rows = resultRows(ranked, view());
    expect(rows.map((r) => [r.rankLabel, r.label, r.count, r.share])).toEqual([
      ['1st', 'Group: text of n1 (+1)', 4, 1],
      ['=2nd', 'text of n2', 2, 0.5],
      ['=2nd', 'text of n4', 2, 0.5],
    ]);
  });
  it('words counts for people', () => {
    expect(votesLeftText(3)).toBe('3 votes left');
    expect(votesLeftText(1)).toBe('1 vote left');
    expect(votesLeftText(0)).toBe('No votes left');
    expect(readinessText({ done: 7, total: 9 })).toBe('7 of 9 done');
    expect(shortText('a\n  b', 10)).toBe('a b');
    expect(shortText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('boardFor', () => {
  const b = (id: string, kind: BoardBlockInput['kind']): BoardBlockInput => ({
    id,
    title: id,
    kind,
    prompt: '',
    columns: [],
  });
  const agenda = [
    b('intro', 'talk'),
    b('ideas', 'brainstorm'),
    b('cluster', 'discuss'),
    b('vote', 'vote'),
    b('v2', 'vote'),
  ];
  it('gives brainstorm blocks their own board and vote blocks the brainstorm before them', () => {
    expect(boardFor(agenda, 'intro')).toBeNull();
    expect(boardFor(agenda, 'ideas')?.boardBlockId).toBe('ideas');
    expect(boardFor(agenda, 'cluster')).toBeNull();
    expect(boardFor(agenda, 'vote')?.boardBlockId).toBe('ideas');
    expect(boardFor(agenda, null)).toBeNull();
    expect(boardFor([b('solo', 'vote')], 'solo')?.boardBlockId).toBe('solo');
    expect(boardsOf(agenda).map((t) => t.boardBlockId)).toEqual(['ideas']);
  });
});

describe('deriveFacilitatorSecret', () => {
  it('is stable per key and session and differs across either', () => {
    const k = 'a'.repeat(32);
    const s1 = deriveFacilitatorSecret(k, 's1');
    expect(s1).toHaveLength(32);
    expect(deriveFacilitatorSecret(k, 's1')).toEqual(s1);
    expect(deriveFacilitatorSecret(k, 's2')).not.toEqual(s1);
    expect(deriveFacilitatorSecret('b'.repeat(32), 's1')).not.toEqual(s1);
  });
});
