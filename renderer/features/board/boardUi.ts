// What every card on a board needs to know about the viewer and the board's state; one object,
// rebuilt only when one of these changes, so memoised cards stay put otherwise.
import type { BoardPhase, VotingState } from '../../../shared/model/board';
import type * as Y from 'yjs';
import type { BoardActions } from './boardActions';

export interface Pick {
  mode: 'group' | 'merge';
  noteId: string;
}

export interface BoardUi {
  actions: BoardActions;
  isFacilitator: boolean;
  phase: BoardPhase;
  voting: VotingState;
  votesLeft: number;
  maxPerNote: number | null;
  /** Whether this viewer may group now (revealed, and allowed by the facilitator). */
  mayGroup: boolean;
  /** Starts choosing, on the board itself, where a note goes (group with, or merge into). */
  pick(p: Pick): void;
  /** The note being placed while the viewer chooses its target; null otherwise. */
  picking: Pick | null;
  /** Places the note being picked onto this note (or this group's first note). */
  choose(targetNoteId: string): void;
  /** Console only: where "Record decision" and "Promote to action" write (registers feature). */
  promote?: { doc: Y.Doc; blockId: string };
}
