// A group's notes with their dots (console cards, projector report-out): a note's own votes plus
// its note group's; most first once voting closed, the board's order before.
import { describe, expect, it } from 'vitest';
import { countedNotes } from '#renderer/features/breakouts/groupVotes';
import type { BoardNoteView } from '#shared/model/board/readBoard';
import type { RankedResult } from '#shared/model/board/voteResults';

const note = (id: string, groupId: string | null = null): BoardNoteView => ({
  id,
  column: 'notes',
  colour: 'yellow',
  createdAt: 0,
  groupId,
  text: id,
  authorId: null,
  authorName: null,
  anonymous: false,
  mine: false,
});
const ranked = (targetId: string, count: number): RankedResult =>
  ({ targetId, kind: 'note', count, voters: [], rank: 1 }) as unknown as RankedResult;

describe('a group board\u2019s notes with their dots', () => {
  const notes = [note('a'), note('b', 'g-c'), note('c', 'g-c'), note('d')];
  const tallies = [ranked('d', 3), ranked('g-c', 2), ranked('b', 2)];

  it('counts a note\u2019s own dots and its group\u2019s, in the board\u2019s order while open', () => {
    expect(countedNotes(notes, tallies, false).map((c) => [c.note.id, c.votes])).toEqual([
      ['a', 0],
      ['b', 4],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('puts the most voted first once voting closed, ties in the board\u2019s order', () => {
    expect(countedNotes(notes, tallies, true).map((c) => c.note.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('counts nothing without tallies (an attendee before the close)', () => {
    expect(countedNotes(notes, null, true).map((c) => c.votes)).toEqual([0, 0, 0, 0]);
  });
});
