// Editing a board's columns at any time (issue 13, part 6): the facilitator's new list replaces
// the old one; columns keep their ids (and notes) across renames, and the notes of a removed
// column move to an "Unsorted" column, which stays while it holds notes.
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { cleanText } from '../limits';
import { MAX_COLUMNS } from '../agenda/names';
import {
  boardMaps,
  COLUMN_TITLE_MAX_CHARS,
  controlKey,
  type BoardColumn,
  type BoardViewer,
} from './boardDoc';
import { requireControl, requireFacilitator } from './boardWrite';
import { invalid } from '../refusals';

export const UNSORTED_COLUMN: BoardColumn = { id: 'unsorted', title: 'Unsorted' };

/** Transaction meta marking a column edit: the one board-control write undo may take back
 * (shared/model/undo.ts); a reveal or board setup must never be. */
export const COLUMNS_EDIT = 'offsite.columnsEdit';

/** Sets a board's columns; returns them (with "Unsorted" last when notes had to go there). */
export function setBoardColumns(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer; columns: { id?: string; title: string }[] },
  origin: unknown = LOCAL_ORIGIN,
): BoardColumn[] {
  requireFacilitator(args.facilitator, 'columns');
  const control = requireControl(doc, args.blockId);
  const known = new Set(control.settings.columns.map((c) => c.id));
  const seen = new Set<string>();
  const next: BoardColumn[] = args.columns
    .filter((c) => c.id !== UNSORTED_COLUMN.id)
    .map((c) => {
      const title = cleanText(c.title, 'A column title', COLUMN_TITLE_MAX_CHARS);
      // Only ids this board already has are kept; anything else is a new column.
      const id = c.id && known.has(c.id) && !seen.has(c.id) ? c.id : `c-${randomId()}`;
      seen.add(id);
      return { id, title };
    });
  if (next.length === 0) throw invalid('board.columnsMin');
  if (next.length > MAX_COLUMNS) throw invalid('board.columnsMax', { max: MAX_COLUMNS });
  const ids = new Set(next.map((c) => c.id));
  const maps = boardMaps(doc);
  const orphans: Y.Map<unknown>[] = [];
  let unsortedUsed = false;
  maps.notes.forEach((m) => {
    if (!(m instanceof Y.Map) || m.get('blockId') !== args.blockId) return;
    const column = m.get('column');
    if (column === UNSORTED_COLUMN.id) unsortedUsed = true;
    else if (typeof column !== 'string' || !ids.has(column)) orphans.push(m);
  });
  const columns = orphans.length > 0 || unsortedUsed ? [...next, UNSORTED_COLUMN] : next;
  doc.transact((tr) => {
    tr.meta.set(COLUMNS_EDIT, true);
    maps.control.set(controlKey(args.blockId, 'settings'), { ...control.settings, columns });
    for (const m of orphans) m.set('column', UNSORTED_COLUMN.id);
  }, origin);
  return columns;
}
