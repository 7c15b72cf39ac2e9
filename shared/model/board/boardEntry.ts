// What the incremental board reader keeps per note, and what it says changed after a read.
import type * as Y from 'yjs';
import { groupMemberOf, type BoardGroup } from './groupCommands';
import { noteColumn, noteSight, type BoardNoteView, type NoteSight } from './readBoard';
import { type BoardControl, type BoardViewer } from './boardDoc';

export interface Entry {
  column: string;
  createdAt: number;
  rawGroupId: string | null;
  /** null: hidden from this viewer. */
  view: NoteSight | null;
  /** The last view handed out, with its resolved group. */
  out: BoardNoteView | null;
}

/** What a read changed since the one before: enough to update the columns without a rescan. */
export interface BoardChange {
  /** Everything may have changed (first read, reveal, new keys): rebuild. */
  all: boolean;
  /** Notes whose view changed, with the new one (null: gone, moved away or hidden). */
  notes: Map<string, BoardNoteView | null>;
  /** Groups added, removed or changed (members, their order, name). */
  groups: Set<string>;
}

/** One note as this viewer may see it, by readBoard's own rule (noteSight). */
export function readEntry(
  id: string,
  m: Y.Map<unknown>,
  control: BoardControl,
  viewer: BoardViewer,
  notesKey: Uint8Array | null,
): Entry {
  const member = groupMemberOf(id, m);
  return {
    column: noteColumn(m),
    createdAt: member.createdAt,
    rawGroupId: member.groupId,
    out: null,
    view: noteSight(id, m, control, viewer, notesKey),
  };
}

export const sameGroup = (a: BoardGroup, b: BoardGroup) =>
  a.name === b.name &&
  a.noteIds.length === b.noteIds.length &&
  a.noteIds.every((id, i) => b.noteIds[i] === id);
