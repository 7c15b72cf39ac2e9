// The board's columns as a viewer sees them: lone notes and groups in the board's column order,
// each group in the column of its oldest note, with counts of what this viewer may not read yet.
// Pure: the incremental reader (incrementalColumns.ts) keeps the same result up to date.
import type { BoardGroup } from './groupCommands';
import type { BoardNoteView, BoardView } from './readBoard';

export type BoardItem =
  | { kind: 'note'; id: string; note: BoardNoteView }
  | { kind: 'group'; id: string; group: BoardGroup; notes: BoardNoteView[] };

export interface ColumnView {
  id: string;
  title: string;
  items: BoardItem[];
  /** Others' notes this viewer may not read yet. */
  hidden: number;
  /** Notes this viewer can read in this column (in groups too). */
  visible: number;
}

/** Columns in the board's order; a group sits in the column of its oldest note. */
export function boardColumns(view: BoardView): ColumnView[] {
  const byId = new Map(view.notes.map((n) => [n.id, n]));
  const columns: ColumnView[] = view.settings.columns.map((c) => ({
    id: c.id,
    title: c.title,
    items: [],
    hidden: view.hidden.byColumn[c.id] ?? 0,
    visible: 0,
  }));
  if (columns.length === 0)
    columns.push({ id: '', title: 'Notes', items: [], hidden: 0, visible: 0 });
  const home = (columnId: string) => columns.find((c) => c.id === columnId) ?? columns[0]!;
  // Notes from columns that no longer exist land in the first column rather than vanish.
  for (const [colId, n] of Object.entries(view.hidden.byColumn))
    if (!columns.some((c) => c.id === colId)) columns[0]!.hidden += n;
  const groupFirst = new Map<string, BoardGroup>();
  for (const g of view.groups) if (g.noteIds[0]) groupFirst.set(g.noteIds[0], g);
  for (const note of view.notes) {
    if (note.groupId === null) {
      const col = home(note.column);
      col.items.push({ kind: 'note', id: note.id, note });
      col.visible++;
      continue;
    }
    const g = groupFirst.get(note.id);
    if (!g) continue; // a later member: drawn inside its group
    const notes = g.noteIds.map((id) => byId.get(id)).filter((n): n is BoardNoteView => !!n);
    const col = home(note.column);
    col.items.push({ kind: 'group', id: g.id, group: g, notes });
    col.visible += notes.length;
  }
  return columns;
}
