// What every card on a board needs to know about the viewer and the board's state; one object,
// rebuilt only when one of these changes, so memoised cards stay put otherwise.
import type { ComponentType } from 'react';
import type { BoardPhase, VotingState } from '../../../shared/model/board';
import type { BoardSource } from '../../../shared/model/registers/names';
import type * as Y from 'yjs';
import type { BoardActions } from './boardActions';
import type { MenuItem } from './MenuButton';

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
  promote?: BoardPromote;
}

/**
 * The console's "Record decision" and "Promote to action" on a board: the registers' controls,
 * handed in by the console's board so that a phone's board never loads them.
 */
export interface BoardPromote {
  doc: Y.Doc;
  blockId: string;
  /** A note's buttons (registers' PromoteFromBoard). */
  NoteButtons: ComponentType<{ doc: Y.Doc; source: BoardSource; what: 'note' | 'group' }>;
  /** A group's menu with the registers' items after `items` (PromoteGroupMenu). */
  GroupMenu: ComponentType<{
    group: { id: string; name: string; noteIds: string[] };
    label: string;
    promote: { doc: Y.Doc; blockId: string };
    items: MenuItem[];
  }>;
}
