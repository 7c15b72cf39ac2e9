// A group board's notes with their dots, for the console's group cards and the projector's
// report-out: a note's own votes plus its note group's (a dot on a group counts for each of its
// notes), most first once voting has closed, in the board's order before. The tallies are the
// facilitator's always and everyone's after the close (useBoardModel's `ranked`).
import type { BoardNoteView } from '../../../shared/model/board/readBoard';
import type { RankedResult } from '../../../shared/model/board/voteResults';

export interface CountedNote {
  note: BoardNoteView;
  votes: number;
}

export function countedNotes(
  notes: readonly BoardNoteView[],
  ranked: readonly RankedResult[] | null,
  closed: boolean,
): CountedNote[] {
  const dots = new Map((ranked ?? []).map((r) => [r.targetId, r.count]));
  const out = notes.map((note) => ({
    note,
    votes: (dots.get(note.id) ?? 0) + (note.groupId ? (dots.get(note.groupId) ?? 0) : 0),
  }));
  return closed ? out.sort((a, b) => b.votes - a.votes) : out;
}
